OpsGuideSearch.add("t","bi",{"biases":[15,1],"big":[5,1],"bigger":[7,1,24,1],"bill":[13,1],"bit":[18,1]});
