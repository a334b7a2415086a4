OpsGuideSearch.add("t","gd",{"gdpr":[6,1]});
