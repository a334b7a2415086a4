OpsGuideSearch.add("t","cd",{"cd":[30,6,7,5,3,2,0,1]});
