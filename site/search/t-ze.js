OpsGuideSearch.add("t","ze",{"zeros":[12,1]});
