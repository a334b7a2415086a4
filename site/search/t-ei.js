OpsGuideSearch.add("t","ei",{"either":[2,1,4,1]});
