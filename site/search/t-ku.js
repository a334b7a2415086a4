OpsGuideSearch.add("t","ku",{"kube":[6,1],"kubeflow":[9,1,23,1],"kubernetes":[6,3,26,3,5,2,17,2,14,1,20,1,23,1]});
