import Testing
@testable import OpsGuideKit

@Suite struct TemplateEngineTests {
    private func render(_ source: String, _ context: TemplateMap, partials: [String: String] = [:]) throws -> String {
        var templates: [String: Template] = [:]
        for (name, text) in partials { templates[name] = try TemplateParser.parse(text).get() }
        templates[""] = try TemplateParser.parse(source).get()
        let pieces = try #require(TemplateLibrary(templates).renderPieces(context, with: "", capacity: 0))
        return String(decoding: OutputFile.Piece.joined(pieces), as: UTF8.self)
    }

    private func failure(_ source: String) -> TemplateParser.Failure? {
        if case .failure(let failure) = TemplateParser.parse(source) { return failure }
        return nil
    }

    /// Names are told apart by their fingerprints (length and first seven bytes) and, past
    /// seven bytes, by their text: names that share the fingerprint, and a name so long that
    /// its length does not fit the fingerprint, each find their own value.
    @Test func namesSharingAFingerprintFindTheirOwnValue() throws {
        let long = "abcdefg" + String(repeating: "x", count: 256)
        var context = TemplateMap(capacity: 5)
        context.append(TemplateName("matrix_url"), "m")
        context.append(TemplateName("matrix_uri"), "i")
        context.append(TemplateName("abcdefg"), "short")
        context.append(TemplateName(long), "long")
        context.append(TemplateName("title"), "t")
        #expect(try render("{{matrix_uri}} {{matrix_url}} {{abcdefg}} {{\(long)}} {{title}} [{{matrix_urn}}]", context) == "i m short long t []")
    }

    @Test func valuesAreEscapedUnlessTripleOrAmpersand() throws {
        let context: TemplateMap = ["t": .text("<a href=\"x\">'&'</a>"), "n": 42, "f": false]
        #expect(try render("{{t}}|{{{t}}}|{{& t}}|{{n}}|{{f}}|{{missing}}", context)
            == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;|<a href=\"x\">'&'</a>|<a href=\"x\">'&'</a>|42|false|")
    }

    @Test func bytesRenderLikeTheTextTheyHold() throws {
        let text = "<a href=\"x\">'&' é</a>"
        let source = "{{t}}|{{{t}}}|{{#t}}[{{.}}]{{/t}}"
        #expect(try render(source, ["t": .utf8(Array(text.utf8))]) == render(source, ["t": .text(text)]))
    }

    /// Batches written raw are handed over as pieces, in place among the rest of the page, to
    /// be made when the file is written; escaped, or inside an indented partial, they are made
    /// and copied at once. Every way, the page is the same.
    @Test func batchesKeepTheirPlaceAsPieces() throws {
        let row = Array(String(repeating: "<tr>&</tr>\n", count: 3_000).utf8)
        let parts = [row, row, Array("tail".utf8)]
        let batches = PartBatches(count: parts.count, perRound: 2) { Array(parts[$0]) }
        let whole = String(decoding: parts.joined(), as: UTF8.self)
        let partial = try TemplateParser.parse("{{{rows}}}\n").get()
        for (source, expected) in [
            ("head {{{rows}}} mid {{{rows}}} end", "head \(whole) mid \(whole) end"),
            ("{{rows}}", whole.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")),
            ("<ul>\n  {{> rows}}\n</ul>", "<ul>\n" + whole.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n") + "\n</ul>"),
        ] {
            let library = TemplateLibrary(["": try TemplateParser.parse(source).get(), "rows": partial])
            let pieces = try #require(library.renderPieces(["rows": .batches(batches)], with: "", capacity: 0))
            #expect(String(decoding: OutputFile.Piece.joined(pieces), as: UTF8.self) == expected, "\(source)")
            #expect((pieces.count > 1) == (source == "head {{{rows}}} mid {{{rows}}} end"), "\(source): \(pieces.count) pieces")
        }
    }

    /// Batches are made a round at a time, in order, each round once: a file of any length
    /// holds one round of parts at a time.
    @Test func batchesAreMadeRoundByRound() {
        let rounds = RoundLog()
        let batches = PartBatches(count: 10, perRound: 4) { range in
            rounds.ranges.append(range)
            return range.map { Array("<\($0)>".utf8) }
        }
        var parts: [String] = []
        batches.forEach { parts.append(String(decoding: $0, as: UTF8.self)) }
        #expect(parts == (0..<10).map { "<\($0)>" })
        #expect(rounds.ranges == [0..<4, 4..<8, 8..<10])
        var seen = 0
        #expect(!batches.forEach(while: { _ in seen += 1; return seen < 6 }))
        #expect(seen == 6)
        #expect(rounds.ranges.count == 5, "stopping in the second round makes no third")
    }

    @Test func sectionsFollowTheirValue() throws {
        let context: TemplateMap = [
            "yes": true, "no": false, "empty": .list([TemplateValue]()), "text": "", "items": [["x": "1"], ["x": "2"]],
            "map": ["x": "inner"], "x": "outer",
        ]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}{{#empty}}E{{/empty}}{{^empty}}e{{/empty}}", context) == "Yne")
        #expect(try render("{{#text}}[{{x}}]{{/text}}{{^text}}none{{/text}}", context) == "[outer]")
        #expect(try render("{{#items}}<{{x}}>{{/items}}{{#map}}{{x}}{{/map}}{{map.x}}{{x}}", context) == "<1><2>innerinnerouter")
        #expect(try render("{{#items}}{{.}}{{/items}}{{#map}}{{#x}}{{.}}{{/x}}{{/map}}", ["items": ["a", "b"], "map": ["x": "c"]]) == "abc")
        #expect(try render("{{missing.x}}{{map.missing}}{{#missing}}M{{/missing}}{{^missing}}m{{/missing}}", context) == "m")
    }

    @Test func standaloneTagLinesDisappear() throws {
        let source = "<ul>\n  {{#items}}\n<li>{{x}}</li>\n  {{/items}}\n{{! note }}\n</ul>\n{{#yes}} kept {{/yes}}\n"
        #expect(try render(source, ["items": [["x": "1"], ["x": "2"]], "yes": true]) == "<ul>\n<li>1</li>\n<li>2</li>\n</ul>\n kept \n")
        #expect(try render("a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\n", ["yes": true]) == "a\r\nb\r\n")
        #expect(try render("{{#yes}}{{/yes}}\nx", ["yes": true]) == "\nx", "two tags on a line are not standalone")
    }

    @Test func partialsRenderInPlaceAndStandalonePartialsAreIndented() throws {
        let partials = ["item": "<li>{{x}}</li>\n<li>again</li>\n"]
        #expect(try render("<ul>\n  {{> item}}\n</ul>\n", ["x": "1"], partials: partials) == "<ul>\n  <li>1</li>\n  <li>again</li>\n</ul>\n")
        #expect(try render("[{{> item}}]", ["x": "1"], partials: partials) == "[<li>1</li>\n<li>again</li>\n]")
        #expect(try render("{{> nothing}}!", [:]) == "!")
        #expect(try render("{{> loop}}", [:], partials: ["loop": "o{{> loop}}"]) == String(repeating: "o", count: TemplateRenderer.maximumPartialDepth))
    }

    @Test func syntaxErrorsHaveTheirPosition() {
        #expect(failure("a\n  é{{#x}}\n") == .init(message: "section '{{#x}}' is never closed", line: 2, column: 4))
        #expect(failure("{{#x}}{{/y}}") == .init(message: "'{{/y}}' does not close the open section 'x' (line 1)", line: 1, column: 7))
        #expect(failure("\n{{/y}}") == .init(message: "'{{/y}}' closes no open section", line: 2, column: 1))
        #expect(failure("ok {{title") == .init(message: "tag is never closed with '}}'", line: 1, column: 4))
        #expect(failure("{{{body}}") == .init(message: "tag is never closed with '}}}'", line: 1, column: 1))
        #expect(failure("{{=<% %>=}}")?.message.contains("not supported") == true)
        #expect(failure("{{ }}") == .init(message: "tag has no name", line: 1, column: 1))
        #expect(failure("{{a b}}") == .init(message: "'a b' is not a valid tag name", line: 1, column: 1))
        #expect(failure("{{!\nmulti-line comment\n}}\n{{#x}}") == .init(message: "section '{{#x}}' is never closed", line: 4, column: 1))
    }

    /// Names are ASCII letters, digits and `._-/?`, with spaces and tabs around them ignored;
    /// a standalone tag's line goes with its `\r\n` as with its `\n`.
    @Test func namesSpacingAndLineEnds() throws {
        #expect(try render("{{\t title \t}}|{{& a_b-c/d?}}|{{{ x.y }}}", ["title": "T", "a_b-c/d?": "<b>", "x": ["y": "Y"]]) == "T|<b>|Y")
        #expect(failure("{{café}}") == .init(message: "'café' is not a valid tag name", line: 1, column: 1))
        #expect(failure("x\r\n {{ a+b }}") == .init(message: "'a+b' is not a valid tag name", line: 2, column: 2))
        #expect(failure("{{#}}") == .init(message: "tag has no name", line: 1, column: 1))
        #expect(failure("{{%x}}")?.message == "'{{%' tags (delimiters, inheritance, pragmas) are not supported in OpsGuide templates")
        #expect(try render("a\r\n{{#show}}\r\nb\r\n{{/show}}\r\nc\n", ["show": true]) == "a\r\nb\r\nc\n")
    }

    /// The escaping that skips sixteen bytes at a time escapes exactly what a character-by-character
    /// replacement does, wherever the special characters fall, in short and long texts.
    @Test func escapingMatchesCharacterReplacement() {
        let pieces = ["<", ">", "&", "\"", "'", "a", "plain text ", "é", "日本", "&amp;", "x'y", String(repeating: "z", count: 9)]
        let replacements: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // Into a buffer that must grow and into one with room to spare.
            for capacity in [0, 4_096] {
                var output = ByteBuffer(capacity: capacity)
                HTMLEscape.append(text, to: &output)
                #expect(String(decoding: output.finish(), as: UTF8.self) == text.map { replacements[$0] ?? String($0) }.joined(), "\(text.debugDescription)")
            }
        }
        // Long texts, with replaced bytes at every position of a sixteen-byte block.
        for offset in 0..<16 {
            let text = String(repeating: "y", count: 4_096 + offset) + "<&\"" + String(repeating: "é'", count: 3_000)
            var output = ByteBuffer(capacity: 0)
            HTMLEscape.append(text, to: &output)
            #expect(String(decoding: output.finish(), as: UTF8.self) == text.map { replacements[$0] ?? String($0) }.joined(), "offset \(offset)")
        }
    }
}

/// The rounds a `PartBatches` was asked for, in order (it asks from the calling thread).
private final class RoundLog: @unchecked Sendable {
    var ranges: [Range<Int>] = []
}
