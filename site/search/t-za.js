OpsGuideSearch.add("t","za",{"zap":[4,1]});
