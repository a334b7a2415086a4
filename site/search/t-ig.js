OpsGuideSearch.add("t","ig",{"ignore":[2,1,12,1,19,1,22,1,26,1],"ignored":[2,1],"ignoring":[1,1,4,1,5,1,8,1,23,1,24,1]});
