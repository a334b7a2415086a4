import Foundation
import Testing
@testable import OpsGuideKit

/// Nothing escapes: `Fixtures/hostile-site` puts `<script>`, quotes, `</script>`, event
/// handlers and `javascript:` URLs into every value that reaches a template (site, dimension and
/// category titles, page titles, summaries, headings, front-matter Markdown, guide questions,
/// answers and ends) and into Markdown bodies. Each value must come out escaped for its context:
/// element text, attribute, URL, and the JSON of the guide and the search index. (Whether a
/// browser runs anything is the browser suite's to prove; this proves the markup.)
@Suite struct HostileContentTests {
    /// The hostile fixture, built (which must succeed: warnings only).
    func builtSite() throws -> TestSite {
        let site = try TestSite(fixture: "hostile-site")
        #expect(site.errorLines(site.build()) == [])
        return site
    }

    static func pages(_ output: String) -> [String] { SiteComparison.files(output).filter { $0.hasSuffix(".html") } }

    /// The script files the theme ships: the only scripts a page may load.
    static let themeScripts = ((try? FileManager.default.contentsOfDirectory(atPath: TestSite.templates + "/static")) ?? [])
        .filter { $0.hasSuffix(".js") }.map { "static/" + $0 }

    @Test func everyPageIsWellFormedAndRunsOnlyTheThemeScripts() throws {
        let site = try builtSite()
        defer { site.cleanUp() }
        let output = site.output
        let pages = Self.pages(output)
        #expect(pages.count > 15)
        for path in pages {
            let page = try HTMLDocument(file: output + "/" + path)
            for script in try page.nodes("//script") {
                let source = try script.nodes(forXPath: "@src").first?.stringValue
                #expect(Self.themeScripts.contains { source?.hasSuffix($0) == true }, "\(path): script \(source ?? "inline")")
                #expect((script.stringValue ?? "").isEmpty, "\(path): inline script text")
            }
            #expect(try page.nodes("//iframe | //object | //embed | //style | //svg | //img[not(@src)]").isEmpty, "\(path)")
            #expect(try page.nodes("//@*[starts-with(translate(local-name(), 'ON', 'on'), 'on')]").isEmpty, "\(path): event handler attribute")
        }
    }

    @Test func noURLAttributeRunsScriptOrReadsDisk() throws {
        let site = try builtSite()
        defer { site.cleanUp() }
        let output = site.output
        for path in Self.pages(output) {
            let page = try HTMLDocument(file: output + "/" + path)
            let urls = try page.nodes("//@href | //@src | //@action | //@formaction | //@data-src").compactMap(\.stringValue)
            for url in urls {
                #expect(!URLFilter.isDangerous(url), "\(path): \(url)")
                #expect(!url.lowercased().contains("javascript:"), "\(path): \(url)")
            }
        }
    }

    @Test func titlesSummariesAndHeadingsAreTextInTheirElementsAndAttributes() throws {
        let site = try builtSite()
        defer { site.cleanUp() }
        let output = site.output
        let home = try HTMLDocument(file: output + "/index.html")
        #expect(try home.texts("//h1") == [#"</title><script>alert("home")</script> "Home" 's"#])
        #expect(try home.texts("//title") == [#"</title><script>alert("home")</script> "Home" 's · <script>alert("site")</script> Guide ' " & </title>"#])
        #expect(try home.attribute("content", of: "//meta[@name='description']") == [#""><script>alert("home summary")</script>"#])
        #expect(try home.texts("//h2[@id='alertheading-start-here']") == [#"raw HTML omitted alert("heading") raw HTML omitted Start "here""#])
        let alpha = try HTMLDocument(file: output + "/methodologies/alpha.html")
        #expect(try alpha.texts("//h1") == [#"Alpha <script>alert("methodology")</script>"#])
        #expect(try alpha.texts("//dl[@class='dimensions']/dt").first == #"</td><script>alert("dimension")</script>"#)
        let practice = try HTMLDocument(file: output + "/practices/pipeline.html")
        #expect(try practice.texts("//h1") == [#"Delivery pipeline "><svg onload=alert("practice")>"#])
        #expect(try practice.attribute("content", of: "//meta[@name='description']") == [#"</script><script>alert("practice summary")</script>"#])
    }

    @Test func guideQuestionsAnswersAndEndsAreText() throws {
        let site = try builtSite()
        defer { site.cleanUp() }
        let output = site.output
        let question = try HTMLDocument(file: output + "/guide/security.html")
        #expect(try question.texts("//h1") == [#"<script>alert("question")</script> Is security "critical"?"#])
        #expect(try question.texts("//ul[@class='answers']//a") == [#""><img src=x onerror=alert("answer")> Yes"#, #"</a><script>alert("no")</script> No"#])
        let end = try HTMLDocument(file: output + "/guide/beta-end.html")
        #expect(try end.texts("//h1") == [#"<script>alert("end")</script> Choose Beta"#])
    }

    /// `guide.json`, `guide-data.js` and the search index carry the same values as data: the
    /// scripts hold no raw `<` or `>` at all, and every payload parses back to the exact text.
    @Test func jsonOfTheGuideAndTheSearchIndexKeepsTheValuesAndCannotEndAScript() throws {
        let site = try builtSite()
        defer { site.cleanUp() }
        let root = site.output
        let guide = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/guide.json")))
        #expect(Self.strings(in: guide).contains(#"<script>alert("question")</script> Is security "critical"?"#))
        let scripts = SiteComparison.files(root).filter { $0.hasSuffix(".js") && !$0.hasPrefix("static/") }
        #expect(scripts.contains("guide-data.js"))
        #expect(scripts.contains { $0.hasPrefix("search/") })
        var found: Set<String> = []
        for path in scripts {
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            #expect(!text.contains("<") && !text.contains(">"), "\(path)")
            #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"), "\(path)")
            let start = try #require(text.firstIndex { $0 == "[" || $0 == "{" }, "\(path)")
            let end = try #require(text.lastIndex { $0 == "]" || $0 == "}" }, "\(path)")
            let payload = try JSONSerialization.jsonObject(with: Data(text[start...end].utf8))
            found.formUnion(Self.strings(in: payload))
        }
        #expect(found.contains(#"<script>alert("question")</script> Is security "critical"?"#))
        #expect(found.contains(#"Alpha <script>alert("methodology")</script>"#))
        #expect(found.contains("Code reviews \u{2028} </script>"))
    }

    static func strings(in value: Any) -> Set<String> {
        switch value {
        case let text as String: [text]
        case let array as [Any]: array.reduce(into: []) { $0.formUnion(strings(in: $1)) }
        case let object as [String: Any]: object.values.reduce(into: []) { $0.formUnion(strings(in: $1)) }
        default: []
        }
    }
}
