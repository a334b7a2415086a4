OpsGuideSearch.add("t","az",{"azure":[5,3,6,1,24,1]});
