OpsGuideSearch.add("t","sb",{"sbom":[13,2],"sboms":[13,4]});
