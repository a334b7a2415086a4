import Testing
@testable import OpsGuideKit

/// The YAML composer over libyaml's events: the tree, positions, and every way a document is refused.
@Suite struct YAMLComposerTests {
    func compose(_ yaml: String) -> Result<YAMLSource, Diagnostic> {
        YAMLSource.compose(yaml[...], path: "x.md", firstLine: 2)
    }

    func failure(_ yaml: String) -> String? {
        if case .failure(let diagnostic) = compose(yaml) { return diagnostic.formatted }
        return nil
    }

    @Test func composesMappingsSequencesAndScalarsWithPositions() throws {
        let root = try #require(try compose("title: Alpha\nlist:\n  - 'one'\n  - |\n    two\n").get().root)
        #expect(root.mapping?.map { $0.key.scalar?.string } == ["title", "list"])
        let list = try #require(root.value(forKey: "list")?.sequence)
        #expect(list.map { $0.scalar?.string } == ["one", "two\n"])
        #expect(list.map { $0.scalar?.style } == [.singleQuoted, .literal])
        #expect(list[0].scalar?.tag == .str)
        #expect(root.value(forKey: "title")?.mark == YAMLNode.Mark(line: 1, column: 8))
    }

    @Test func resolvesAliasesAndRefusesUndefinedOnes() throws {
        let root = try #require(try compose("a: &x [1, 2]\nb: *x\n").get().root)
        #expect(root.value(forKey: "b")?.sequence?.count == 2)
        #expect(failure("a: *missing\n") == "x.md:2:4: error: invalid YAML: found undefined alias")
    }

    @Test func refusesDuplicateKeysAtTheFirstOne() {
        #expect(failure("b: 1\na: 2\nb: 3\na: 4\n") == "x.md:3:1: error: duplicate key 'a', 'b' in the same mapping")
    }

    @Test func reportsSyntaxErrorsWhereLibyamlFindsThem() {
        #expect(failure("title: [a, b\n") == "x.md:3:1: error: invalid YAML: did not find expected ',' or ']'")
        #expect(failure("title: x\n\tsummary: y\n") == "x.md:3:1: error: tabs are not allowed in YAML indentation; indent with spaces")
        #expect(failure("title: \"\u{01}\"\n") == "x.md:2:9: error: invalid YAML: control characters are not allowed")
        #expect(failure("a: 1\n--- \nb: 2\n") == "x.md:3:1: error: invalid YAML: but found another document")
    }

    /// The composer keeps open collections on the heap, not the call stack.
    @Test func deepNestingComposes() throws {
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        var node = try #require(try compose(deep).get().root)
        var depth = 1
        while let inner = node.sequence?.first {
            node = inner
            depth += 1
        }
        #expect(depth == 5_000)
    }

    @Test func typesPlainScalarsByYAML11Rules() throws {
        let root = try #require(try compose("a: yes\nb: 0x1F\nc: 1.5\nd: ~\ne: 2024-01-31\nf: plain text\ng: \"12\"\nh: !!str 12\n").get().root)
        let types = ["a", "b", "c", "d", "e", "f", "g", "h"].map { root.value(forKey: $0).flatMap(YAMLMapReader.tagName) }
        #expect(types == [.bool, .int, .float, .null, .timestamp, .str, .str, .str])
    }
}
