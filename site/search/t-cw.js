OpsGuideSearch.add("t","cw",{"cwe":[25,1]});
