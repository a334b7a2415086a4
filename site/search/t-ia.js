OpsGuideSearch.add("t","ia",{"iac":[17,7]});
