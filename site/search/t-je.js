OpsGuideSearch.add("t","je",{"jenkins":[7,1,8,1],"jetbrains":[25,1]});
