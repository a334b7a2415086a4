OpsGuideSearch.add("t","fu",{"full":[34,12,37,12,25,2,35,2,3,1,29,1,41,1,43,1],"fully":[22,1],"functional":[0,1,4,1],"functions":[25,1],"further":[7,1]});
