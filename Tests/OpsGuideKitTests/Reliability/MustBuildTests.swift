import Foundation
import Testing
@testable import OpsGuideKit

/// Inputs that look unusual but are valid: each must build without an error and give the
/// output a reader expects.
@Suite struct MustBuildTests {
    /// Builds the fixture as it is and again after `transform` rewrote every text file; the
    /// two sites must be byte-identical.
    func buildsTheSameSite(after transform: @escaping (Data) -> Data) throws -> [String] {
        let plain = try TestSite()
        let changed = try TestSite()
        defer { plain.cleanUp(); changed.cleanUp() }
        try changed.transformEveryTextFile(transform)
        #expect(plain.errorLines(plain.build()) == [])
        #expect(changed.errorLines(changed.build()) == [])
        return try SiteComparison.differences(plain.output, changed.output)
    }

    static func replacingNewlines(with ending: String) -> (Data) -> Data {
        { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\n", with: ending).utf8) }
    }

    @Test func crlfLineEndingsBuildTheSameSite() throws {
        #expect(try buildsTheSameSite(after: Self.replacingNewlines(with: "\r\n")) == [])
    }

    /// Regression: lone CR line endings (counted by cmark and YAML as line breaks) used to be
    /// kept, so the front-matter splitter, cmark and Yams numbered lines differently.
    @Test func loneCarriageReturnLineEndingsBuildTheSameSite() throws {
        #expect(try buildsTheSameSite(after: Self.replacingNewlines(with: "\r")) == [])
    }

    @Test func byteOrderMarksBuildTheSameSite() throws {
        #expect(try buildsTheSameSite(after: { Data([0xEF, 0xBB, 0xBF]) + $0 }) == [])
    }

    @Test func tabsInMarkdownKeepTheirCommonMarkMeaning() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("pages/about.md", "---\ntitle: About\nsummary: Tabs.\n---\n##\tTabbed heading\n\n\tlet x = 1\n\n-\tfirst\n-\tsecond\n\n>\tquoted\n\nA\ttab inside text.\n")
        #expect(site.errorLines(site.build()) == [])
        let page = try HTMLDocument(file: site.output + "/pages/about.html")
        #expect(try page.attribute("id", of: "//article//h2") == ["tabbed-heading"])
        #expect(try page.nodes("//article//pre/code").map { $0.stringValue } == ["let x = 1\n"])
        #expect(try page.texts("//article//li") == ["first", "second"])
        #expect(try page.texts("//article//blockquote/p") == ["quoted"])
    }

    @Test func duplicateHeadingsGetUniqueAnchors() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("pages/about.md", "---\ntitle: About\nsummary: Repeats.\n---\n## Origins\n\n## Origins\n\n## Origins 1\n\n## Origins\n\n## Practices\n\n### Toc\n")
        #expect(site.errorLines(site.build()) == [])
        let page = try HTMLDocument(file: site.output + "/pages/about.html")
        #expect(try page.attribute("id", of: "//article//*[self::*[local-name()='h2'] or self::*[local-name()='h3']]")
            == ["origins", "origins-1", "origins-1-1", "origins-2", "practices-1", "toc-1"])
        let ids = try page.attribute("id", of: "//*")
        #expect(Set(ids).count == ids.count, "every id on the page is unique")
    }

    /// Regression: every repeat of a heading used to retry all earlier suffixes, so a long page
    /// of repeated headings took quadratic time (a 20 MB page ran for minutes).
    @Test func thousandsOfRepeatedHeadingsGetConsecutiveAnchors() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("pages/about.md", "---\ntitle: About\nsummary: Steps.\n---\n" + String(repeating: "## Step\n\n", count: 5_000))
        #expect(site.errorLines(site.build()) == [])
        let html = try site.read("pages/about.html")
        #expect(html.contains("<h2 id=\"step\">"))
        #expect(html.contains("<h2 id=\"step-4999\">"))
        #expect(html.components(separatedBy: "<h2 id=\"step").count - 1 == 5_000)
    }

    @Test func emojiAndNonLatinTitlesAndHeadingsGetReadableAnchors() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("pages/about.md", """
            ---
            title: "🚀 Запуск · 日本語 · مرحبا"
            summary: Ünïcödé everywhere.
            ---
            ## Развёртывание

            ## 日本語の見出し

            ## مرحبا بالعالم

            ## 🚀 Launch

            ## 🚀🚀

            ### Ελληνικά κείμενα

            [raw](#развёртывание) and [encoded](#%D1%80%D0%B0%D0%B7%D0%B2%D1%91%D1%80%D1%82%D1%8B%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5).

            """)
        try site.write("index.md", "---\ntitle: Home\nsummary: Home.\n---\nRead [the Japanese part](pages/about.md#日本語の見出し).\n")
        #expect(site.errorLines(site.build()) == [])
        let page = try HTMLDocument(file: site.output + "/pages/about.html")
        #expect(try page.texts("//h1") == ["🚀 Запуск · 日本語 · مرحبا"])
        let anchors = ["развёртывание", "日本語の見出し", "مرحبا-بالعالم", "launch", "section", "ελληνικά-κείμενα"]
        #expect(try page.attribute("id", of: "//article//*[@id]") == anchors)
        #expect(try page.attribute("href", of: "//nav[@id='toc']//a") == anchors.map { "#" + $0 })
        let home = try HTMLDocument(file: site.output + "/index.html")
        let href = try #require(try home.attribute("href", of: "//main//a[contains(@href, 'about.html')]").first)
        #expect(href.removingPercentEncoding == "pages/about.html#日本語の見出し")
    }

    @Test func twentyMegabyteFileBuilds() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        var text = "---\ntitle: Big\nsummary: Twenty megabytes of prose.\n---\n"
        var paragraph = 0
        while text.utf8.count < 20 << 20 {
            if paragraph % 1_000 == 0 { text += "## Part \(paragraph / 1_000)\n\n" }
            text += "Paragraph \(paragraph) has *emphasis*, `code`, a tab\tand plenty of ordinary words to fill the line.\n\n"
            if paragraph % 100 == 0 { text += "See [the pipeline](../practices/pipeline.md#what-it-is).\n\n" }
            paragraph += 1
        }
        try site.write("pages/about.md", text)
        #expect(site.errorLines(site.build()) == [])
        let html = try site.read("pages/about.html")
        #expect(html.contains("<p>Paragraph \(paragraph - 1) has <em>emphasis</em>"))
        #expect(html.components(separatedBy: "<h2 id=\"part-").count - 1 == (paragraph + 999) / 1_000)
        #expect(html.components(separatedBy: "href=\"../practices/pipeline.html#what-it-is\"").count - 1 == (paragraph + 99) / 100)
    }

    @Test func tenThousandLinksInOnePage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let links = [
            "[p](../practices/pipeline.md#what-it-is)", "[s](#links)", "[e](https://example.org/x)", "[a](../assets/diagram.svg)",
        ]
        let body = (0..<10_000).map { links[$0 % 4] }.joined(separator: " ")
        try site.write("pages/about.md", "---\ntitle: About\nsummary: Links.\n---\n## Links\n\n\(body)\n")
        #expect(site.errorLines(site.build()) == [])
        let hrefs = try HTMLDocument(file: site.output + "/pages/about.html").attribute("href", of: "//article//a")
        #expect(hrefs.count == 10_000)
        #expect(Dictionary(grouping: hrefs, by: { $0 }).mapValues(\.count) == [
            "../practices/pipeline.html#what-it-is": 2_500, "#links": 2_500, "https://example.org/x": 2_500, "../assets/diagram.svg": 2_500,
        ])
    }

    @Test func listsAndBlockQuotesNestedFiveHundredDeep() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let quotes = String(repeating: "> ", count: 500) + "deep [pipeline](../practices/pipeline.md)\n"
        let list = (0..<500).map { String(repeating: "  ", count: $0) + "- item \($0)" }.joined(separator: "\n")
        try site.write("pages/about.md", "---\ntitle: About\nsummary: Deep.\n---\n\(quotes)\n\(list)\n")
        let alpha = try TestSite.fixtureText("methodologies/alpha.md")
            .replacingOccurrences(of: "  testing: Automated tests on every change.", with: "  testing: |\n    \(quotes)")
        try site.write("methodologies/alpha.md", alpha)
        #expect(site.errorLines(site.build()) == [])
        let page = try site.read("pages/about.html")
        #expect(page.components(separatedBy: "<blockquote>").count - 1 == 500)
        #expect(page.components(separatedBy: "<li>item ").count - 1 == 500)
        #expect(page.contains("<p>deep <a href=\"../practices/pipeline.html\">pipeline</a></p>"))
        let matrix = try site.read("matrix.html")
        #expect(matrix.components(separatedBy: "<blockquote>").count - 1 == 500)
    }

    /// Far deeper than any author writes: no walker of the pipeline may recurse on depth.
    @Test func nestingTenThousandDeepDoesNotExhaustTheStack() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let quotes = String(repeating: ">", count: 10_000) + " deep\n\n"
        let list = (0..<2_000).map { String(repeating: " ", count: $0 * 2) + "- i" }.joined(separator: "\n")
        let emphasis = String(repeating: "*", count: 5_000) + "x" + String(repeating: "*", count: 5_000) + "\n\n"
        let brackets = String(repeating: "[", count: 10_000) + "x" + String(repeating: "]", count: 10_000) + "\n\n"
        try site.write("pages/about.md", "---\ntitle: About\nsummary: Deeper.\n---\n\(quotes)\(emphasis)\(brackets)\(list)\n")
        #expect(site.errorLines(site.build()) == [])
        #expect(try site.read("pages/about.html").components(separatedBy: "<blockquote>").count - 1 == 10_000)
    }

    @Test func practiceMethodologyAndPageSharingAFileNameStaySeparate() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("methodologies/pipeline.md", "---\ntitle: Pipeline method\nsummary: Named like a practice.\n---\n## Overview\n\nUses [the practice](../practices/pipeline.md) and [the page](../pages/pipeline.md).\n")
        try site.write("pages/pipeline.md", "---\ntitle: Pipeline page\nsummary: Named like both.\n---\nBack to [the method](../methodologies/pipeline.md).\n")
        try site.write("practices/pipeline.md", try TestSite.fixtureText("practices/pipeline.md")
            .replacingOccurrences(of: "  beta: supporting\n", with: "  beta: supporting\n  pipeline: core\n"))
        #expect(site.errorLines(site.build()) == [])
        let method = try HTMLDocument(file: site.output + "/methodologies/pipeline.html")
        let practice = try HTMLDocument(file: site.output + "/practices/pipeline.html")
        let page = try HTMLDocument(file: site.output + "/pages/pipeline.html")
        #expect(try method.texts("//h1") == ["Pipeline method"])
        #expect(try practice.texts("//h1") == ["Delivery pipeline"])
        #expect(try page.texts("//h1") == ["Pipeline page"])
        #expect(try method.attribute("href", of: "//article//a") == ["../practices/pipeline.html", "../pages/pipeline.html"])
        #expect(try method.texts("//section[@aria-labelledby='practices']//li/a") == ["Delivery pipeline"])
        #expect(try practice.texts("//section[@aria-labelledby='methodologies']//li/a") == ["Alpha", "Pipeline method", "Beta"])
        #expect(try page.attribute("href", of: "//article//a") == ["../methodologies/pipeline.html"])
    }

    /// Regression: `extends: ""` was read as the methodology id '' and failed the build.
    @Test func emptyOptionalFieldsCountAsAbsent() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("pages/about.md", "---\ntitle: About\nsummary: \"\"\n---\nText.\n")
        try site.write("methodologies/alpha.md", try TestSite.fixtureText("methodologies/alpha.md")
            .replacingOccurrences(of: "choose_when:\n  - You ship an application.", with: "extends: \"\"\nchoose_when: []"))
        try site.write("practices/reviews.md", "---\ntitle: Code reviews\nsummary: A second pair of eyes.\ncategory: delivery\nmethodologies:\n---\nText.\n")
        var guide = try TestSite.fixtureText("guide.md")
        for (old, new) in [
            ("summary: Two questions to choose.", "summary:"), ("    fit: strong", "    fit: \"\""),
            ("    start_with: [scanning]", "    start_with: []"), ("    text: Is the team large?", "    text: Is the team large?\n    help: ''"),
        ] {
            #expect(guide.contains(old))
            guide = guide.replacingOccurrences(of: old, with: new)
        }
        try site.write("guide.md", guide)
        try site.write("site.yaml", try TestSite.fixtureText("site.yaml") + "base_url: \"\"\n")
        #expect(site.errorLines(site.build()) == [])
        let about = try HTMLDocument(file: site.output + "/pages/about.html")
        #expect(try about.nodes("//p[@class='lede']").isEmpty)
        let alpha = try HTMLDocument(file: site.output + "/methodologies/alpha.html")
        #expect(try alpha.texts("//p[@class='kicker']") == ["Methodology"])
        #expect(try alpha.nodes("//div[@class='choose']//li").isEmpty)
    }
}
