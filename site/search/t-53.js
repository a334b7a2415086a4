OpsGuideSearch.add("t","53",{"53":[6,1]});
