OpsGuideSearch.add("t","np",{"npm":[13,1]});
