OpsGuideSearch.add("t","ol",{"old":[0,2,1,1,20,1,21,1]});
