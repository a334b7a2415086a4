OpsGuideSearch.add("t","du",{"duplicate":[1,1],"duplicates":[4,1],"durable":[24,1],"duration":[10,1],"during":[0,1,20,1],"dust":[16,1],"duties":[28,2,0,1,6,1]});
