OpsGuideSearch.add("t","80",{"800":[6,1]});
