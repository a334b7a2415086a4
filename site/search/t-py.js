OpsGuideSearch.add("t","py",{"pytest":[4,1,8,1,21,1],"python":[13,2,10,1,25,1]});
