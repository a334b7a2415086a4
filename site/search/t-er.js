OpsGuideSearch.add("t","er",{"erase":[18,1],"erasure":[24,1],"erodes":[0,1,1,1,9,1],"error":[0,1,3,1,17,1,19,1,22,1,23,1],"errors":[2,1,9,1,21,1,22,1]});
