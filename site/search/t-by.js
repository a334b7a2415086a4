OpsGuideSearch.add("t","by",{"bypass":[26,1]});
