OpsGuideSearch.add("t","vo",{"vocabulary":[0,1],"volume":[11,4,1,1],"volumes":[24,2,1,1,22,1,23,1]});
