import Testing
@testable import OpsGuideKit

@Suite struct SlugTests {
    @Test func slugKeepsLettersAndDigits() {
        #expect(Slugger.slugify("CI/CD and CT") == "cicd-and-ct")
        #expect(Slugger.slugify("What it is") == "what-it-is")
    }
}
