OpsGuideSearch.add("t","gh",{"ghent":[0,1]});
