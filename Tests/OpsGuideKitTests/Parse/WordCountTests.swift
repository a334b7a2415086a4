import Ccmark
import Testing
@testable import OpsGuideKit

/// The byte-level word count agrees with the definition: runs of non-space characters that hold
/// a letter or a digit.
@Suite struct WordCountTests {
    static func byDefinition(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }

    @Test func countsLikeTheDefinition() {
        let pieces = ["word", " ", "  ", "\t", "\n", "-", "--", "a1", "(", ")", "x.y", "—", "é", "42", "!?", "\r\n", "Z", "`", "@", "[", "{", "/", ":", "\u{0B}", "\u{1C}", "\u{7F}", "\u{0}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(MarkdownDocument.countWords(text) == Self.byDefinition(text), "\(text.debugDescription)")
        }
        // Long enough for words to cross the eight-byte steps of the count.
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...80, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(MarkdownDocument.countWords(text) == Self.byDefinition(text), "\(text.debugDescription)")
        }
        #expect(MarkdownDocument.countWords("one two, three -- 4 ") == 4)
        #expect(MarkdownDocument.countWords(String(repeating: "abcdefg ", count: 9) + String(repeating: "-", count: 17) + "z") == 10)
    }

    /// Runs far longer than the count's 64-byte blocks, starting anywhere in a block: a letter
    /// and a digit with up to 200 other bytes between them, and no space, are one word.
    @Test func longRunsAreOneWord() {
        for offset in 0..<70 {
            for gap in [1, 7, 31, 32, 33, 63, 64, 65, 127, 128, 200] {
                let text = String(repeating: " ", count: offset) + "a" + String(repeating: "-", count: gap) + "9 b"
                #expect(MarkdownDocument.countWords(text) == 2, "offset \(offset), gap \(gap)")
                #expect(MarkdownDocument.countWords(text) == Self.byDefinition(text))
            }
        }
    }

    /// A document's prose count is the sum of its text and code literals' own counts (a word
    /// never runs from one literal into the next), including literals beyond ASCII.
    @Test func documentCountIsTheSumOverLiterals() {
        let pieces = [
            "word ", "snake_case", "*em*", "**strong**", "[link](x.md)", "![alt text](a.png)", "`code span`", "&amp;",
            "don't ", "é ", "naïve-word", "\n", "\n\n", "\n\n## Heading two\n\n", "\n\n```\ncode block words\n```\n\n",
            "42", " - ", "x", "!", "[", "]", "<b>", "  \n",
        ]
        var generator = SearchFastPathTests.Generator(state: 21)
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(MarkdownDocument(text).collect().wordCount == Self.sumOverLiterals(text), "\(text.debugDescription)")
        }
    }

    /// With a limit the count is the full count up to it: exact below the limit, the limit at
    /// or above it, and nothing counted for 0. Documents with and without bytes beyond ASCII,
    /// long enough for the count to stop inside the text.
    @Test func countUpToALimit() {
        let pieces = ["word ", "two words ", "*em* ", "`code` ", "é ", "naïve-word ", "\n\n", "42 ", "- ", "!", String(repeating: "long prose here ", count: 20)]
        var generator = SearchFastPathTests.Generator(state: 5)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let document = MarkdownDocument(text)
            let full = document.collect().wordCount
            for limit in [0, 1, 2, 7, 63, 64, 65, 150, full, full + 1] {
                #expect(MarkdownDocument(text).collect(wordLimit: limit).wordCount == min(full, limit), "\(limit): \(text.debugDescription)")
            }
        }
        let prose = Array(String(repeating: "one two three four ", count: 100).utf8)
        prose.withUnsafeBufferPointer { bytes in
            #expect(MarkdownDocument.asciiWordCount(bytes) == 400)
            let stopped = MarkdownDocument.asciiWordCount(bytes, upTo: 30) ?? 0
            #expect(stopped >= 30 && stopped < 400, "the count stops soon after the limit: \(stopped)")
        }
    }

    /// cmark's own walk, counting each literal apart: what the build counted before it counted
    /// a document's literals at once.
    static func sumOverLiterals(_ text: String) -> Int {
        let root = cmark_parse_document(text, text.utf8.count, CMARK_OPT_DEFAULT)!
        defer { cmark_node_free(root) }
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        var count = 0
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_TEXT || cmark_node_get_type(node) == CMARK_NODE_CODE,
                let literal = cmark_node_get_literal(node)
            else { continue }
            count += byDefinition(String(cString: literal))
        }
        return count
    }
}
