import Testing
@testable import OpsGuideServe

@Suite struct SitePathTests {
    @Test func mapsRequestPathsToSiteFiles() {
        #expect(SitePath.resolve("/") == "index.html")
        #expect(SitePath.resolve("/practices/ci.html") == "practices/ci.html")
        #expect(SitePath.resolve("/assets/a%20b.png") == "assets/a b.png")
        #expect(SitePath.resolve("/guide/") == "guide/index.html")
    }

    @Test(arguments: ["", "/..", "/../x", "/a/../b", "/%2e%2e/x", "/%252e%252e/x", "/a%5cb", "/a\\b", "/a%00", "/a//b", "/./a", "/a%zz"])
    func refusesTraversalForms(path: String) {
        #expect(SitePath.resolve(path) == nil)
    }
}
