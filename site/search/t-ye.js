OpsGuideSearch.add("t","ye",{"year":[2,1,29,1],"yearly":[5,1],"years":[0,1,3,1],"yet":[12,1]});
