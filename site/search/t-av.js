OpsGuideSearch.add("t","av",{"availability":[19,4,3,1,22,1],"available":[24,6,1,1,20,1,22,1,29,1],"avoid":[29,2,27,1]});
