OpsGuideSearch.add("t","sr",{"sre":[0,1]});
