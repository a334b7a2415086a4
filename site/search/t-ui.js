OpsGuideSearch.add("t","ui",{"ui":[15,1]});
