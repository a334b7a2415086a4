OpsGuideSearch.add("t","hu",{"hub":[5,1],"hubs":[13,1],"human":[4,4,9,2,7,1,21,1],"hundreds":[10,1,26,1],"hunt":[16,1],"hurt":[0,1],"hurts":[3,1]});
