import Foundation
import Testing
@testable import OpsGuideKit

@Suite struct MarkdownRendererTests {
    static let renderer: MarkdownRenderer = {
        var content = LoadedContent(paths: DisplayPath(root: "/c"))
        content.practices = [SourceFile(kind: .practice, id: "sast", contentPath: "practices/sast.md", displayPath: "", text: "")]
        return MarkdownRenderer(resolver: LinkResolver(siteMap: SiteMap(content)))
    }()

    func render(_ text: String, firstLine: Int = 5) -> RenderedMarkdown {
        Self.renderer.render(
            MarkdownSource(text: text[...], path: "content/methodologies/m.md", firstLine: firstLine),
            contentPath: "methodologies/m.md", outputPath: "methodologies/m.html", reservedAnchors: ["practices"])
    }

    @Test func headingsGetUniqueIdsAndCmarkLayout() {
        let result = render("## Practices\n\n## Intro *now*\n\n### Intro now\n")
        #expect(result.html == "<h2 id=\"practices-1\">Practices</h2>\n<h2 id=\"intro-now\">Intro <em>now</em></h2>\n<h3 id=\"intro-now-1\">Intro now</h3>\n")
        #expect(result.headings.map(\.id) == ["practices-1", "intro-now", "intro-now-1"])
        #expect(result.anchors == ["practices-1", "intro-now", "intro-now-1"])
    }

    @Test func linksAreRewrittenToOutputURLs() {
        let result = render("See [SAST](../practices/sast.md#in-the-ide) and [site](https://example.org).\n")
        #expect(result.html == "<p>See <a href=\"../practices/sast.html#in-the-ide\">SAST</a> and <a href=\"https://example.org\">site</a>.</p>\n")
        #expect(result.pendingAnchors.map(\.fragment) == ["in-the-ide"])
        #expect(result.pendingAnchors.map(\.location.description) == ["content/methodologies/m.md:5:12"])
    }

    @Test func brokenLinkColumnIsCorrectOnListContinuationLines() {
        let result = render("- foo\n    bar [x](missing.md)\n", firstLine: 10)
        #expect(result.diagnostics.items.map(\.formatted) == [
            "content/methodologies/m.md:11:13: error: link to missing file 'methodologies/missing.md'",
        ])
    }

    @Test func rawHTMLAndDangerousURLsAreDropped() {
        let result = render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>bold</b>\n")
        #expect(!result.html.contains("<script"))
        #expect(!result.html.contains("javascript:"))
        #expect(!result.html.contains("<b>"))
    }

    @Test func deepNestingDoesNotExhaustTheStack() {
        let text = String(repeating: "> ", count: 500) + "deep [x](../practices/sast.md)\n"
            + (0..<500).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        let result = render(text)
        #expect(result.diagnostics.items.isEmpty)
        #expect(result.html.contains("../practices/sast.html"))
    }

    @Test func warnsAboutSkippedLevelsAndMissingAltText() {
        let result = render("## A\n\n#### B\n\n![](x.png)\n")
        #expect(result.diagnostics.items.filter { $0.severity == .warning }.map(\.formatted) == [
            "content/methodologies/m.md:7:1: warning: heading level skips from h2 to h4",
            "content/methodologies/m.md:9:1: warning: image has no alt text; describe it for readers who cannot see it",
        ])
    }

    /// Every CommonMark 0.30 example without headings renders exactly as plain cmark renders it:
    /// the pipeline only changes headings (ids) and links that resolve to content.
    @Test func commonMarkSpecExamplesMatchCmark() throws {
        let examples = try CommonMarkSpec.examples()
        #expect(examples.count == 652)
        var compared = 0
        for example in examples {
            let plain = MarkdownDocument(example)
            guard plain.collect().headings.isEmpty else { continue }
            #expect(render(example).html == plain.renderHTML(), "\(example)")
            compared += 1
        }
        #expect(compared > 500)
    }
}
