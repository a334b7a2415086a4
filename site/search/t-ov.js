OpsGuideSearch.add("t","ov",{"over":[1,5,0,2,3,2,11,2,18,1,23,1,24,1,26,1,29,1,30,1],"overall":[3,1],"overly":[5,1,17,1,30,1],"override":[21,1],"oversight":[1,1,11,1,22,1]});
