OpsGuideSearch.add("t","kn",{"know":[27,1],"knowing":[22,2],"knowledge":[27,4,2,1],"known":[13,6,20,5,0,1,2,1,12,1,19,1,22,1],"knows":[7,2,10,1,12,1,17,1]});
