import Testing
@testable import OpsGuideKit

/// Positions in a Markdown text come back as the file's line and column in scalars, whichever
/// order they are asked for in.
@Suite struct SourceTextTests {
    @Test func columnsCountScalarsInAnyOrder() {
        let text = "intro\nAé [x](a.md) 日本 [y](b.md) [z](c.md)\n"
        var source = SourceText(MarkdownSource(text: text[...], path: "p.md", firstLine: 5))
        // cmark's byte columns of the three links on line 2.
        let bytes = Array("Aé [x](a.md) 日本 [y](b.md) [z](c.md)".utf8)
        let columns = [UInt8(ascii: "[")].flatMap { bracket in bytes.indices.filter { bytes[$0] == bracket } }.map { $0 + 1 }
        let expected = [4, 17, 27]
        for order in [[0, 1, 2], [2, 0, 1], [1, 1, 0]] {
            for index in order {
                let location = source.locate(line: 2, column: columns[index])
                #expect(location.line == 6 && location.column == expected[index], "\(order) \(index) \(location.column) \(columns)")
            }
        }
        #expect(source.locate(line: 2, column: 1, needle: "[y]").column == 17)
    }

    /// Long ASCII stretches are counted sixteen bytes at a time, and a scalar beyond ASCII in
    /// any of those bytes still counts once.
    @Test func longASCIIAndMixedStretches() {
        let line = String(repeating: "plain text ", count: 3) + "[a](x.md) " + String(repeating: "é", count: 9) + " then more plain text [b](y.md)"
        var source = SourceText(MarkdownSource(text: (line + "\n")[...], path: "p.md", firstLine: 1))
        let bytes = Array(line.utf8)
        let brackets = bytes.indices.filter { bytes[$0] == UInt8(ascii: "[") }
        let scalars = Array(line.unicodeScalars)
        let expected = scalars.indices.filter { scalars[$0] == "[" }.map { $0 + 1 }
        #expect(brackets.map { source.locate(line: 1, column: $0 + 1).column } == expected)
        var fresh = SourceText(MarkdownSource(text: (line + "\n")[...], path: "p.md", firstLine: 1))
        #expect(fresh.locate(line: 1, column: brackets[1] + 1).column == expected[1])
    }
}
