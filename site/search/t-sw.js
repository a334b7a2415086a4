OpsGuideSearch.add("t","sw",{"switch":[20,2,25,1,45,1],"switched":[2,1],"switching":[2,1,20,1,29,1]});
