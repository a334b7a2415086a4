OpsGuideSearch.add("t","gu",{"guard":[10,1],"guesswork":[22,1],"guide":[30,6,29,2,0,1,1,1,2,1,3,1,6,1,25,1,31,1],"guideline":[2,1],"guidelines":[27,1]});
