import Foundation
import Testing
@testable import OpsGuideKit

/// What the reader's browser relies on, checked without a browser: scripts and data files,
/// the search index, the guide data as a script, canonical links, the sitemap, the edit link.
@Suite struct ReaderFeaturesTests {
    static func siteYAML(_ extra: String) -> String {
        "title: Fixture Guide\ndescription: A small site.\n\(extra)dimensions:\n  - id: team-skills\n    title: Team skills\n"
            + "  - id: testing\n    title: Testing\ncategories:\n  - id: delivery\n    title: Build and delivery\n"
            + "  - id: security\n    title: Security and compliance\n"
    }

    @Test func everyPageLoadsTheSiteScriptAndNoInlineScript() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.diagnosticLines(site.build()) == [])
        for (page, scripts) in [("index.html", ["static/site.js"]), ("practices/pipeline.html", ["../static/site.js"]),
                                ("guide.html", ["static/site.js", "static/guide.js"]), ("matrix.html", ["static/site.js", "static/matrix.js"])] {
            let document = try HTMLDocument(file: site.output + "/" + page)
            #expect(try document.attribute("src", of: "//script") == scripts, "\(page)")
            #expect(try document.nodes("//script[not(@src)] | //*[@style] | //style").isEmpty, "\(page)")
            #expect(try document.attribute("data-root", of: "//div[@id='search']") == [page.contains("/") ? "../" : ""])
        }
        let guide = try HTMLDocument(file: site.output + "/guide.html")
        #expect(try guide.attribute("data-src", of: "//section[@id='wizard']") == ["guide-data.js"])
        #expect(try guide.attribute("href", of: "//a[@id='guide-start']") == ["guide/security.html"])
    }

    @Test func theGuideDataScriptHoldsTheGuideJSONEscaped() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("guide.md", String(contentsOfFile: site.content + "/guide.md", encoding: .utf8).replacingOccurrences(of: "text: Is the team large?", with: "text: \"Is </script> large?\""))
        #expect(site.diagnosticLines(site.build()) == [])
        let script = try site.read("guide-data.js")
        #expect(script.hasPrefix("window.OpsGuideGuide = {"))
        #expect(!script.contains("</script>"))
        let json = String(script.dropFirst("window.OpsGuideGuide = ".count).dropLast(2))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(site.read("guide.json").utf8)) as? [String: Any])
        #expect(NSDictionary(dictionary: data).isEqual(to: plain))
        let questions = try #require(data["questions"] as? [[String: Any]])
        #expect(questions.map { $0["text"] as? String } == ["Is security critical?", "Is </script> large?"])
        let ends = try #require(data["ends"] as? [[String: Any]])
        #expect(ends.first?["fitId"] as? String == "strong")
        #expect((ends.first?["recommend"] as? [[String: String]])?.first?["url"] == "methodologies/beta.html")
    }

    @Test func theSearchIndexCoversPagesAndGuideResults() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        _ = site.build()
        let manifest = try site.read("search/index.js")
        #expect(manifest.hasPrefix("OpsGuideSearch.add(\"i\",0,{\"docs\":10,\"block\":16,\"shards\":["))
        let documents = try site.read("search/d0.js")
        for path in ["methodologies/alpha.html", "practices/pipeline.html", "pages/about.html", "guide.html", "guide/beta-end.html"] {
            #expect(documents.contains("\"\(path)\""), "\(path)")
        }
        #expect(try site.read("search/t-pi.js").contains("\"pipeline\":["))
    }

    @Test func baseURLAddsCanonicalOpenGraphAndSitemap() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        _ = site.build()
        #expect(!FileManager.default.fileExists(atPath: site.output + "/sitemap.xml"))
        #expect(try HTMLDocument(file: site.output + "/index.html").nodes("//link[@rel='canonical'] | //meta[@property]").isEmpty)

        try site.write("site.yaml", Self.siteYAML("base_url: https://example.org/docs\n"))
        #expect(site.diagnosticLines(site.build()) == [])
        let page = try HTMLDocument(file: site.output + "/practices/pipeline.html")
        #expect(try page.attribute("href", of: "//link[@rel='canonical']") == ["https://example.org/docs/practices/pipeline.html"])
        #expect(try page.attribute("content", of: "//meta[@property='og:url']") == ["https://example.org/docs/practices/pipeline.html"])
        #expect(try page.attribute("content", of: "//meta[@name='description']") == ["Every change goes through one automated pipeline."])
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/docs/guide/size.html</loc>"))
        #expect(!sitemap.contains("404.html"))
        let notFound = try HTMLDocument(file: site.output + "/404.html")
        #expect(try notFound.attribute("href", of: "//nav[@id='site-nav']//a").allSatisfy { $0.hasPrefix("https://example.org/docs/") })
        #expect(try notFound.attribute("data-root", of: "//div[@id='search']") == ["https://example.org/docs/"])
    }

    @Test func repositoryAddsAnEditLinkToTheSourceFile() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        _ = site.build()
        #expect(try HTMLDocument(file: site.output + "/practices/pipeline.html").nodes("//p[@class='edit-link']").isEmpty)

        try site.write("site.yaml", Self.siteYAML("repository: https://git.example.org/ops/edit/main/content\n"))
        #expect(site.diagnosticLines(site.build()) == [])
        for (page, source) in [("practices/pipeline.html", "practices/pipeline.md"), ("methodologies/alpha.html", "methodologies/alpha.md"),
                               ("pages/about.html", "pages/about.md"), ("index.html", "index.md"), ("guide/size.html", "guide.md")] {
            let document = try HTMLDocument(file: site.output + "/" + page)
            #expect(try document.attribute("href", of: "//p[@class='edit-link']/a") == ["https://git.example.org/ops/edit/main/content/" + source], "\(page)")
        }
        #expect(try HTMLDocument(file: site.output + "/matrix.html").nodes("//p[@class='edit-link']").isEmpty)

        try site.write("site.yaml", Self.siteYAML("repository: git@example.org:ops.git\n"))
        #expect(site.diagnosticLines(site.build()) == ["content/site.yaml:3:13: error: 'repository' must be an absolute http(s) URL"])
    }
}
