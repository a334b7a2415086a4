OpsGuideSearch.add("t","em",{"emailing":[23,1],"emails":[26,1],"emergency":[13,1],"emerging":[6,1],"emits":[22,1,30,1],"empty":[11,1]});
