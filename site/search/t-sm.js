OpsGuideSearch.add("t","sm",{"small":[0,6,8,6,1,3,2,1,3,1,4,1,25,1,28,1,29,1],"smaller":[0,1,4,1,13,1]});
