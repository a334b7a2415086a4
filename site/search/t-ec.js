OpsGuideSearch.add("t","ec",{"eclipse":[25,1]});
