import Testing
@testable import OpsGuideKit

/// The readable text a document's walk gathers (`MarkdownDocument.collect(text:)`) indexes
/// exactly as the page's HTML does: the same terms and the same excerpts. When the text cannot
/// promise that (raw HTML, non-ASCII text), there is none and the index reads the HTML.
@Suite struct SearchReadableTextTests {
    static let renderer = MarkdownRendererTests.renderer

    static func render(_ markdown: String) -> RenderedMarkdown {
        renderer.render(
            MarkdownSource(text: markdown[...], path: "content/practices/p.md", firstLine: 1),
            contentPath: "practices/p.md", outputPath: "practices/p.html", collectsText: true)
    }

    /// Markdown pieces whose mixes make every kind of block and inline cmark knows.
    static let markdownPieces = [
        "\n", "\n\n", " ", "  ", "\t", "# ", "## ", "> ", "- ", "1. ", "    ", "```\n", "~~~ sh\n", "***\n", "---\n", "===\n",
        "*", "_", "**", "`", "[", "]", "(", ")", "![", "](x.png)", "](sast.md)", "](https://example.org \"T\")", "\\", "  \n",
        "&amp;", "&copy;", "&#35;", "&#x41;", "&", "<", ">", "\"", "'", "Pipeline", "the", "Deploy", "x", "K8s", "AT&T", "it's",
        "word", "-", "a.b", String(repeating: "y", count: 40), "[ref]", "\n[ref]: /url\n", "<https://example.org>",
    ]

    /// Checks each text that has readable text against its HTML; returns how many had it.
    func expectSameIndexes(_ markdowns: [String]) -> Int {
        var compared = 0
        for markdown in markdowns {
            let rendered = Self.render(markdown)
            guard let text = rendered.text else { continue }
            let html = SearchDocument.Body.html(rendered.html), readable = SearchDocument.Body.asciiText(text)
            #expect(SearchHTMLBodyTests.terms(readable) == SearchHTMLBodyTests.terms(html), "\(markdown.debugDescription)")
            for limit in [20, 280] {
                #expect(readable.excerpt(limit) == html.excerpt(limit), "\(markdown.debugDescription)")
            }
            compared += 1
        }
        return compared
    }

    @Test func specExamplesIndexAsTheirHTML() throws {
        #expect(expectSameIndexes(try CommonMarkSpec.examples()) > 400)
    }

    @Test func mixedMarkdownIndexesAsItsHTML() {
        #expect(expectSameIndexes(SearchFastPathTests.texts(Self.markdownPieces, count: 1_500, length: 60, seed: 21)) > 1_000)
    }

    @Test func rawHTMLAndNonASCIITextLeaveTheHTMLToTheIndex() {
        #expect(Self.render("Plain *words* here.\n").text != nil)
        #expect(Self.render("Some <b>bold</b> words.\n").text == nil)
        #expect(Self.render("<div>\nblock\n</div>\n").text == nil)
        #expect(Self.render("Déploiement continu.\n").text == nil)
        #expect(Self.render("## Café\n\nPlain words.\n").text != nil, "heading text is not indexed from the body")
    }

    @Test func textIsKeptOnlyWhenAskedFor() {
        let rendered = Self.renderer.render(
            MarkdownSource(text: "Plain words.\n", path: "content/practices/p.md", firstLine: 1),
            contentPath: "practices/p.md", outputPath: "practices/p.html")
        #expect(rendered.text == nil)
        #expect(String(decoding: Self.render("Plain words.\n").text ?? [], as: UTF8.self).contains("Plain words."))
    }
}
