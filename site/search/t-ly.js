OpsGuideSearch.add("t","ly",{"lynis":[6,1]});
