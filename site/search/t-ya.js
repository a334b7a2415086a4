OpsGuideSearch.add("t","ya",{"yaml":[5,1,26,1]});
