OpsGuideSearch.add("t","ef",{"effect":[29,5,26,1],"effective":[27,1],"effort":[3,1,9,1,20,1,27,1,43,1]});
