OpsGuideSearch.add("t","ks",{"kserve":[20,1]});
