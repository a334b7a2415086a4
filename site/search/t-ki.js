OpsGuideSearch.add("t","ki",{"kibana":[18,1],"kics":[5,1,26,1],"kind":[5,1,18,1,23,1],"kinds":[1,1,2,1,6,1,9,1]});
