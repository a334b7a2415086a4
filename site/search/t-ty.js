OpsGuideSearch.add("t","ty",{"type":[2,1],"types":[12,6,1,1,30,1],"typical":[0,7,3,6,1,5,2,5,4,1,6,1,19,1,23,1,26,1],"typically":[1,1],"typing":[25,1]});
