OpsGuideSearch.add("t","cn",{"cncf":[5,1]});
