OpsGuideSearch.add("t","sk",{"skew":[3,1],"skill":[2,1,18,1],"skills":[29,11,0,6,1,5,2,5,3,5,24,1,27,1,28,1,37,1],"skip":[29,1],"skipped":[2,2],"skipping":[2,1,21,1],"skips":[4,1]});
