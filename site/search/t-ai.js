OpsGuideSearch.add("t","ai",{"ai":[6,2],"aim":[30,1],"aimed":[12,1],"airflow":[9,1,10,1,23,1]});
