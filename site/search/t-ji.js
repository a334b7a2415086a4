OpsGuideSearch.add("t","ji",{"jira":[22,2,1,1,10,1,11,1,16,1,20,1,28,1]});
