OpsGuideSearch.add("t","es",{"eslint":[25,1],"especially":[14,1],"established":[10,1,30,1,38,1,45,1]});
