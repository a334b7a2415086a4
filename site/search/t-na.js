OpsGuideSearch.add("t","na",{"name":[2,2,29,2,0,1,28,1],"named":[11,1,28,1],"names":[18,1],"namespaces":[14,1],"naming":[10,1],"national":[13,1],"native":[6,1,17,1,26,1],"natural":[28,1]});
