OpsGuideSearch.add("t","gp",{"gpu":[13,1]});
