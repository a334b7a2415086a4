OpsGuideSearch.add("t","am",{"amazon":[24,1],"amount":[30,1]});
