OpsGuideSearch.add("t","my",{"mystery":[15,1]});
