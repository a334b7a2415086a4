OpsGuideSearch.add("t","vu",{"vulnerabilities":[13,6,27,5,2,1,25,1,30,1],"vulnerability":[2,4,13,4,27,2,28,2],"vulnerable":[13,2,8,1,27,1,30,1]});
