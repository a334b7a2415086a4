OpsGuideSearch.add("t","dv",{"dvc":[9,1,15,1]});
