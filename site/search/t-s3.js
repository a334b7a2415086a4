OpsGuideSearch.add("t","s3",{"s3":[24,1]});
