import Foundation
import Testing
@testable import OpsGuideKit

/// Raw HTML is dropped by default (cmark's safe mode); `allow_raw_html: true` in site.yaml
/// renders it for trusted authors, and since `CMARK_OPT_UNSAFE` also lets every URL through,
/// the pipeline's own `URLFilter` empties dangerous link and image destinations in both modes.
@Suite struct RawHTMLOptInTests {
    static func renderer(allowRawHTML: Bool) -> MarkdownRenderer {
        var content = LoadedContent(paths: DisplayPath(root: "/c"))
        content.practices = [SourceFile(kind: .practice, id: "sast", contentPath: "practices/sast.md", displayPath: "", text: "")]
        return MarkdownRenderer(resolver: LinkResolver(siteMap: SiteMap(content)), settings: MarkdownRenderer.Settings(allowRawHTML: allowRawHTML))
    }

    static func render(_ text: String, allowRawHTML: Bool) -> RenderedMarkdown {
        renderer(allowRawHTML: allowRawHTML).render(
            MarkdownSource(text: text[...], path: "content/pages/p.md", firstLine: 5), contentPath: "pages/p.md", outputPath: "pages/p.html")
    }

    static let dangerous = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=", "data:image/svg+xml;base64,PHN2Zz4=", "DATA:text/html,x",
        " javascript:alert(1)", "\u{1}javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
    ]
    static let safe = [
        "https://example.org/a?b=c#d", "mailto:team@example.org", "data:image/png;base64,iVBORw0K", "data:image/gif;base64,R0lG",
        "data:image/jpeg;base64,/9j/", "data:image/webp;base64,UklG", "../practices/sast.html", "#anchor", "javascript-guide.html", "",
    ]

    @Test func filterMatchesCmarkSafeModeAndWhatBrowsersIgnoreBeforeAScheme() {
        for url in Self.dangerous { #expect(URLFilter.isDangerous(url), "\(url)") }
        for url in Self.safe { #expect(!URLFilter.isDangerous(url), "\(url)") }
    }

    @Test(arguments: [false, true])
    func dangerousDestinationsAreEmptiedInBothModes(allowRawHTML: Bool) {
        let links = [
            "[a](javascript:alert(1))", "[b](<JaVaScRiPt:alert(1)>)", "[c](vbscript:msgbox(1))", "[d](data:text/html;base64,PHNjcmlwdD4=)",
            "![e](data:image/svg+xml;base64,PHN2Zz4=)", "[f](< javascript:alert(1)>)", "[g](&#106;avascript:alert(1))", "<javascript:alert(1)>",
            "![h](data:image/png;base64,iVBORw0K)", "[i](https://example.org)",
        ]
        let html = Self.render(links.joined(separator: "\n") + "\n", allowRawHTML: allowRawHTML).html
        #expect(html == """
            <p><a href="">a</a>
            <a href="">b</a>
            <a href="">c</a>
            <a href="">d</a>
            <img src="" alt="e" />
            <a href="">f</a>
            <a href="">g</a>
            <a href="">javascript:alert(1)</a>
            <img src="data:image/png;base64,iVBORw0K" alt="h" />
            <a href="https://example.org">i</a></p>

            """)
    }

    @Test func dangerousLinksWarnAndFileLinksFail() {
        let result = Self.render("[x](javascript:alert(1)) [y](file:///etc/hosts)\n", allowRawHTML: false)
        #expect(result.diagnostics.items.map(\.formatted) == [
            "content/pages/p.md:5:5: warning: link 'javascript:alert(1)' is emptied: javascript:, vbscript: and data: URLs other than PNG, GIF, JPEG and WebP images never reach the reader's browser",
            "content/pages/p.md:5:30: error: link 'file:///etc/hosts' leads to a file outside the content folder; copy it into content/assets/ and link to it relative to this file",
        ])
    }

    @Test func rawHTMLIsOmittedByDefaultAndKeptWhenAllowed() {
        let text = "<div class=\"note\">Note</div>\n\nInline <kbd>Ctrl</kbd> and <a href=\"https://example.org\">a</a>.\n"
        #expect(Self.render(text, allowRawHTML: false).html
            == "<!-- raw HTML omitted -->\n<p>Inline <!-- raw HTML omitted -->Ctrl<!-- raw HTML omitted --> and <!-- raw HTML omitted -->a<!-- raw HTML omitted -->.</p>\n")
        #expect(Self.render(text, allowRawHTML: true).html
            == "<div class=\"note\">Note</div>\n<p>Inline <kbd>Ctrl</kbd> and <a href=\"https://example.org\">a</a>.</p>\n")
    }

    @Test func siteYAMLOptInIsABooleanAndOffByDefault() throws {
        func parse(_ extra: String) -> (SiteConfig?, [String]) {
            let file = SourceFile(kind: .page, id: "site", contentPath: "site.yaml", displayPath: "content/site.yaml",
                                  text: "title: T\ndescription: D\ndimensions: []\ncategories: []\n" + extra)
            let (config, diagnostics) = SiteConfigParser.parse(file)
            return (config, diagnostics.sorted.map(\.formatted))
        }
        #expect(parse("").0?.allowRawHTML == false)
        #expect(parse("allow_raw_html: true\n").0?.allowRawHTML == true)
        #expect(parse("allow_raw_html: false\n").0?.allowRawHTML == false)
        #expect(parse("allow_raw_html: \"true\"\n").1 == ["content/site.yaml:5:17: error: 'allow_raw_html' must be true or false, found text"])
        #expect(parse("allow_raw_html: [x]\n").1 == ["content/site.yaml:5:17: error: 'allow_raw_html' must be true or false, found a list"])
    }

    @Test func optInReachesEveryRenderedMarkdownOfABuild() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("site.yaml", try TestSite.fixtureText("site.yaml") + "allow_raw_html: true\n")
        try site.write("pages/about.md", "---\ntitle: About\nsummary: Raw.\n---\n<details><summary>More</summary>\n\nHidden [x](javascript:alert(1)).\n\n</details>\n")
        let report = site.build()
        #expect(site.errorLines(report) == [])
        let html = try site.read("pages/about.html")
        #expect(html.contains("<details><summary>More</summary>"))
        #expect(html.contains("<p>Hidden <a href=\"\">x</a>.</p>"))
        #expect(site.diagnosticLines(report).filter { $0.contains("javascript") } == [
            "content/pages/about.md:7:12: warning: link 'javascript:alert(1)' is emptied: javascript:, vbscript: and data: URLs other than PNG, GIF, JPEG and WebP images never reach the reader's browser",
        ])
    }
}
