OpsGuideSearch.add("t","db",{"dbt":[4,1,10,1,12,1]});
