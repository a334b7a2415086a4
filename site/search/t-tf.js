OpsGuideSearch.add("t","tf",{"tfsec":[17,1],"tfx":[23,1]});
