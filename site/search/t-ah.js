OpsGuideSearch.add("t","ah",{"ahead":[25,1]});
