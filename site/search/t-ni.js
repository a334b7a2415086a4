OpsGuideSearch.add("t","ni",{"night":[7,1],"nist":[6,2,2,1,13,1,27,1,28,1]});
