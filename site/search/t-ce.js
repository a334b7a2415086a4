OpsGuideSearch.add("t","ce",{"cell":[15,1],"center":[5,1],"centers":[22,1],"central":[17,2,18,2,0,1,11,1,16,1,25,1],"centre":[28,1],"ceph":[24,1],"certificate":[2,1],"certifications":[6,1]});
