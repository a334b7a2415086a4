OpsGuideSearch.add("t","sq",{"sql":[25,2,2,1,8,1,10,1],"squad":[27,1,28,1]});
