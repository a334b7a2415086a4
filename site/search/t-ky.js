OpsGuideSearch.add("t","ky",{"kyverno":[26,1]});
