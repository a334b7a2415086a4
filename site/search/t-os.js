OpsGuideSearch.add("t","os",{"osv":[13,2]});
