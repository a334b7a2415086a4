import Ccmark
import Foundation
import Testing

@testable import OpsGuideKit

/// `MarkdownDocument` parses into an arena of its own (`CcmarkArena`); cmark with its default
/// allocator is the reference. These fail if the arena loses, overlaps or truncates memory.
@Suite struct MarkdownArenaTests {
    /// cmark's own rendering, with malloc and free.
    private func cmarkHTML(_ markdown: String) -> String {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                let html = cmark_markdown_to_html(characters.baseAddress, characters.count, CMARK_OPT_DEFAULT)!
                defer { free(html) }
                return String(cString: html)
            }
        }
    }

    @Test func everyCommonMarkExampleRendersAsWithMalloc() throws {
        let examples = try CommonMarkSpec.examples()
        #expect(examples.count == 652)
        for example in examples {
            #expect(MarkdownDocument(example).renderHTML() == cmarkHTML(example), "\(example)")
        }
    }

    /// Megabytes of text: buffers that grow in place and buffers that move, and a rendered page
    /// of several megabytes.
    @Test func aLargeDocumentRendersAsWithMalloc() {
        var markdown = ""
        for number in 0..<4_000 {
            markdown += "## Section \(number)\n\nSome *emphasis*, `code`, [a link](page-\(number).md \"title\") and **strong** text.\n\n"
            markdown += "- item \(number)\n  - nested <span>html</span>\n\n> quoted \(number)\n\n```\ncode block \(number)\n```\n\n"
        }
        let document = MarkdownDocument(markdown)
        #expect(document.collect().headings.count == 4_000)
        let html = document.renderHTML()
        #expect(html.utf8.count > 1_000_000)
        #expect(html == cmarkHTML(markdown))
    }

    /// Text whose nodes need many times more memory than the first block (sized from the text's
    /// length) holds: the arena goes on into further blocks.
    @Test func aDocumentOfTinyNodesFillsSeveralBlocks() {
        let markdown = String(repeating: "*a* `b` [c](d) ", count: 20_000)
        #expect(MarkdownDocument(markdown).renderHTML() == cmarkHTML(markdown))
    }

    /// Documents made and released on several threads at once each use their own arena.
    @Test func documentsOnSeveralThreadsStayApart() {
        let texts = (0..<64).map { "# Page \($0)\n\n" + String(repeating: "Text of page \($0) with [a link](x.md).\n\n", count: 200) }
        let results = Parallel.map(texts.count, jobs: 4) { MarkdownDocument(texts[$0]).renderHTML() }
        #expect(results == texts.map(cmarkHTML))
    }
}
