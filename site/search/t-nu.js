OpsGuideSearch.add("t","nu",{"null":[11,1,12,1],"nulls":[1,1,4,1],"number":[1,1,4,1,11,1,16,1,28,1,30,1],"numbered":[20,1],"numbers":[1,3,12,1,23,1],"numerical":[13,1]});
