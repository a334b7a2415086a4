OpsGuideSearch.add("t","dy",{"dynamic":[4,2,2,1]});
