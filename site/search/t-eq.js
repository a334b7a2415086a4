OpsGuideSearch.add("t","eq",{"equal":[11,1],"equally":[0,1,29,1],"equivalent":[9,1,19,1]});
