import Testing
@testable import OpsGuideKit

/// A page body indexed from its HTML gives exactly the terms and the excerpt its plain text
/// (`HTMLText.plainText`, headings left out) gives.
@Suite struct SearchHTMLBodyTests {
    static let htmlPieces = [
        "<p>", "</p>\n", "<h2 id=\"x\">", "</h2>\n", "<em>", "</em>", "<a href=\"a.html#b\">", "</a>", "<br />\n", "<code>", "</code>",
        "<ul>\n<li>", "</li>\n</ul>\n", "&amp;", "&lt;", "&quot;", "&#233;", "&#x41;", "&nbsp;", "&bogus", "<", ">", "<!-- raw HTML omitted -->",
        "Pipeline", "the", "Deploy", "x", " ", "  ", "\n", "-", "é", "日本", String(repeating: "y", count: 40), "AT&amp;T", "it's",
        "<strong>", "</strong>", "<h3>", "</h3>", "<hr />", "<td>", "<blockquote>\n", "&gt;", "&apos;", "&amp", "&quo;", "&ampx;",
        "K8s", "42", "IS", "Of", String(repeating: "Z", count: 31), String(repeating: "w", count: 9), "<pre><code class=\"language-sh\">",
        "<P>", "</H2>", "<BLOCKQUOTE>", "<blockquotes>", "<Table>", "<div class=\"x\">", "<h7>", "<hR/>", "</dd>", "<abbreviation1>",
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

    /// Words that go on across inline tags and empty texts, entities that end words, words at
    /// the very end of the page (whose keys cannot be loaded past it) and unclosed tags.
    @Test func termsAcrossTagsAndAtTheEnd() {
        let examples: [(html: String, terms: [String])] = [
            ("<p>Foo<em>Bar</em>baz qux</p>", ["foobarbaz", "qux"]),
            ("<p>foo<em></em><code></code>bar</p>", ["foobar"]),
            ("<p>foo</p><p>bar</p>", ["foo", "bar"]),
            ("ATX&amp;TT &quot;quoted&quot; x&lt;y&gt;zz", ["atx", "tt", "quoted", "zz"]),
            ("&ampx; &amp", ["ampx", "amp"]),
            ("<h2 id=\"h\">Hidden words</h2>shown", ["shown"]),
            ("tail<b", ["tail"]),
            ("ab<em>" + String(repeating: "c", count: 31) + "</em>", []),
            ("ab<em>" + String(repeating: "c", count: 30) + "</em>", ["ab" + String(repeating: "c", count: 30)]),
            ("The AND of it IS Deploy", ["deploy"]),
            ("x9", ["x9"]),
            // A word (bytes 60 to 75), an entity (125 to 129) and a word too long to be a term
            // (133 to 196) across the scanner's blocks of 64 bytes.
            (String(repeating: "zz ", count: 20) + "abcdefghijklmnop " + String(repeating: "yy ", count: 15) + "x  &amp;bb "
                + String(repeating: "w", count: 64) + " end",
             Array(repeating: "zz", count: 20) + ["abcdefghijklmnop"] + Array(repeating: "yy", count: 15) + ["bb", "end"]),
        ]
        for example in examples {
            #expect(Self.terms(.html(example.html)) == example.terms, "\(example.html)")
        }
    }

    /// The build counts a page's terms straight into its table (`opsguide_html_count_terms`):
    /// the same terms, numbers and weights as the plain text gives.
    @Test func documentWeightsMatchThePlainText() {
        let pages = SearchFastPathTests.texts(Self.htmlPieces, count: 200, length: 300, seed: 13)
        func weights(_ body: SearchDocument.Body) -> [String] {
            let terms = SearchDocumentTerms(SearchDocument(path: "p.html", kind: .page, title: "T", summary: "", headings: [], body: body))
            var list: [String] = []
            terms.forEachASCIITerm { key, weight in list.append("\(key.string)=\(weight)") }
            return list + terms.unicodeWeights.map { "\($0.key)=\($0.value)" }.sorted()
        }
        for (number, html) in pages.enumerated() {
            let text = HTMLText.plainText(html, skippingHeadings: true)
            #expect(weights(.html(html)) == weights(.text(text)), "\(number): \(html.debugDescription)")
        }
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
