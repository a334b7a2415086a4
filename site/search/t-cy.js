OpsGuideSearch.add("t","cy",{"cycle":[2,1],"cyclonedx":[13,1]});
