OpsGuideSearch.add("t","ie",{"iec":[6,1]});
