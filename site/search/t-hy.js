OpsGuideSearch.add("t","hy",{"hyperparameters":[15,1]});
