OpsGuideSearch.add("t","ss",{"ssdf":[2,1,6,1,13,1,27,1]});
