OpsGuideSearch.add("t","27",{"27001":[6,1]});
