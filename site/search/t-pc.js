OpsGuideSearch.add("t","pc",{"pci":[6,1]});
