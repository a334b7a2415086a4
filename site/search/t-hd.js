OpsGuideSearch.add("t","hd",{"hdfs":[24,1]});
