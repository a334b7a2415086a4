OpsGuideSearch.add("t","cs",{"cspm":[30,5,5,4]});
