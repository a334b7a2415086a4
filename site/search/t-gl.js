OpsGuideSearch.add("t","gl",{"glossary":[30,12,0,1,1,1,2,1,3,1,31,1]});
