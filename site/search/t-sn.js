OpsGuideSearch.add("t","sn",{"snapshot":[6,1,10,1,15,1],"snapshots":[24,1],"snyk":[13,1,25,1]});
