import Testing
@testable import OpsGuideKit

/// A page body indexed from its HTML gives exactly the terms and the excerpt its plain text
/// (`HTMLText.plainText`, headings left out) gives.
@Suite struct SearchHTMLBodyTests {
    static let htmlPieces = [
        "<p>", "</p>\n", "<h2 id=\"x\">", "</h2>\n", "<em>", "</em>", "<a href=\"a.html#b\">", "</a>", "<br />\n", "<code>", "</code>",
        "<ul>\n<li>", "</li>\n</ul>\n", "&amp;", "&lt;", "&quot;", "&#233;", "&#x41;", "&nbsp;", "&bogus", "<", ">", "<!-- raw HTML omitted -->",
        "Pipeline", "the", "Deploy", "x", " ", "  ", "\n", "-", "é", "日本", String(repeating: "y", count: 40), "AT&amp;T", "it's",
    ]

    struct Terms: SearchTermSink {
        var terms: [String] = []
        mutating func add(_ key: SearchTermKey) { terms.append(key.string) }
        mutating func add(_ term: String) { terms.append(term) }
    }

    static func terms(_ body: SearchDocument.Body) -> [String] {
        var sink = Terms()
        body.forEachTerm(into: &sink)
        return sink.terms
    }

    @Test func termsAndExcerptsMatchThePlainText() {
        let ascii = Self.htmlPieces.filter { piece in piece.utf8.allSatisfy { $0 < 0x80 } && !piece.contains("&#") }
        let pages = SearchFastPathTests.texts(ascii, count: 600, length: 400, seed: 12) + SearchFastPathTests.texts(Self.htmlPieces, count: 300, length: 120, seed: 11)
        for (number, html) in pages.enumerated() {
            let text = HTMLText.plainText(html, skippingHeadings: true)
            #expect(Self.terms(.html(html)) == Self.terms(.text(text)), "\(number): \(html.debugDescription)")
            for limit in [20, 280] {
                #expect(SearchDocument.Body.html(html).excerpt(limit) == SearchIndex.bounded(text, to: limit), "\(number): \(html.debugDescription)")
            }
        }
    }
}
