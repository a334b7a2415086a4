OpsGuideSearch.add("t","10",{"10":[27,2,2,1,25,1]});
