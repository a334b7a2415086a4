OpsGuideSearch.add("t","eu",{"eu":[6,1,14,1]});
