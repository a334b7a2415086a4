OpsGuideSearch.add("t","ds",{"dss":[6,1]});
