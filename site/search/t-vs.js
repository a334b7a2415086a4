OpsGuideSearch.add("t","vs",{"vs":[25,2]});
