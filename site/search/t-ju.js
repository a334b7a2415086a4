OpsGuideSearch.add("t","ju",{"judge":[1,1,2,1,27,1],"judgement":[0,1],"judging":[21,1],"juice":[27,1],"jumped":[11,1],"junit":[4,1,8,1],"just":[3,3,16,1,21,1,23,1,25,1],"justifies":[2,1]});
