import Testing
@testable import OpsGuideKit

/// Front matter of the simple shape composes without libyaml into exactly the tree libyaml's
/// events give (strings, styles, tags, positions), and everything else is left to libyaml.
@Suite struct YAMLSimpleComposerTests {
    /// The node with everything the later stages read: strings, styles, tags and marks.
    static func describe(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        func mark(_ mark: YAMLNode.Mark) -> String { "@\(mark.line):\(mark.column)" }
        switch node {
        case .scalar(let scalar):
            return "\(scalar.string.debugDescription)/\(scalar.style)/\(scalar.tag?.rawValue ?? "-")\(mark(scalar.mark))"
        case .sequence(let items, let at):
            return "[\(items.map { describe($0) }.joined(separator: ", "))]\(mark(at))"
        case .mapping(let pairs, let at):
            return "{\(pairs.map { "\(describe($0.key)): \(describe($0.value))" }.joined(separator: ", "))}\(mark(at))"
        }
    }

    static func simple(_ yaml: String) -> YAMLNode? {
        var yaml = yaml
        return yaml.withUTF8 { YAMLSimpleComposer.compose($0) }
    }

    static func libyaml(_ yaml: String) -> Result<YAMLNode?, YAMLComposer.Failure> {
        var yaml = yaml
        return yaml.withUTF8 { YAMLComposer.composeWithLibyaml($0) }
    }

    @Test func readsPracticeAndMethodologyFrontMatter() throws {
        let practice = "title: \"Adaptive Alerting Cadence\"\nsummary: \"Should caches trace.\"\ncategory: data\nmethodologies:\n  waterfall: core\n  scrum: supporting\n"
        let methodology = "title: \"Crystal\"\nextends: lean-startup\ndimensions:\n  team-skills: \"Often *honest* `x()`, yes?\"\nchoose_when:\n  - \"Been large.\"\n  - \"Honest!\"\n"
        for yaml in [practice, methodology, "a: b"] {
            let root = try #require(Self.simple(yaml))
            #expect(Self.describe(root) == Self.describe(try Self.libyaml(yaml).get()), "\(yaml)")
        }
    }

    @Test func leavesEverythingElseToLibyaml() {
        for yaml in [
            "", "\n", "a: b\n\nc: d\n", "# comment\na: b\n", "a: b # comment\n", "a: 'single'\n", "a: [x, y]\n", "a: &x b\n",
            "a: \"x\\\"y\"\n", "a: \"é\"\n", "a:\n", "a:\nb: c\n", "a:  b\n", "a: b \n", "a: b c\n", "a: -x\n", "a: .5\n",
            "a:\n   b: c\n", "a:\n  b:\n", "a:\n- x\n", "a:\n  - x\n  b: c\n", "a: b\na: c\n", "a:\n  b: 1\n  b: 2\n",
            "\ta: b\n", "a: b\r\n", "- x\n", "\"a\": b\n", "a : b\n", "a:\n  - \n", "a: \"x\"y\n",
        ] {
            #expect(Self.simple(yaml) == nil, "\(yaml.debugDescription)")
        }
    }

    /// Random documents in and near the shape: whenever the simple path reads one, libyaml
    /// reads it too, to the same tree.
    @Test func randomDocumentsMatchLibyaml() {
        let pieces = [
            "title: \"Alpha Beta\"\n", "summary: \"It's 2 > 1, #1: a-b.\"\n", "category: data\n", "level: 3\n", "flag: Yes\n", "v: 1.5\n",
            "methodologies:\n", "tags:\n", "  scrum: core\n", "  x_y-z: \"q\"\n", "  - item\n", "  - \"Quoted item\"\n", "  - 42\n",
            "Key_2: v-1.x\n", "n: ~\n", "empty: \"\"\n", "dup: a\n", "title: again\n", "\n", "# c\n", "  nested: \"x\" # c\n",
            "   three: spaces\n", "a: b c\n", "q: 'x'\n", "t: \"tab\there\"\n", "u: \"ü\"\n", "- top\n", "k:\n", "k: [1]\n",
        ]
        var read = 0
        for (number, yaml) in SearchFastPathTests.texts(pieces, count: 12_000, length: 7, seed: 21).enumerated() {
            guard let root = Self.simple(yaml) else { continue }
            read += 1
            guard case .success(let expected) = Self.libyaml(yaml) else {
                Issue.record("\(number): libyaml refuses \(yaml.debugDescription), the simple path reads it")
                continue
            }
            #expect(Self.describe(root) == Self.describe(expected), "\(number): \(yaml.debugDescription)")
        }
        #expect(read > 500)
    }
}
