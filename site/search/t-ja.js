OpsGuideSearch.add("t","ja",{"jaeger":[22,1]});
