OpsGuideSearch.add("t","ed",{"edge":[21,1],"edges":[1,1],"editor":[25,10,2,2,4,2,30,1,42,1]});
