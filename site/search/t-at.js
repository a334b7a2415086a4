OpsGuideSearch.add("t","at",{"attackers":[13,1,18,1],"attacks":[13,1,30,1],"attempt":[29,1],"attention":[0,1]});
