OpsGuideSearch.add("t","el",{"elasticsearch":[18,1],"else":[28,2,0,1,1,1,2,1,15,1,29,1]});
