OpsGuideSearch.add("t","ct",{"ct":[9,3,30,1]});
