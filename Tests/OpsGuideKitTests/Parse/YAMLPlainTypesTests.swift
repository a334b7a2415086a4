import Testing
@testable import OpsGuideKit

/// Typing a plain scalar without the expressions, where a shortcut applies, gives the type the
/// YAML 1.1 expressions give.
@Suite struct YAMLPlainTypesTests {
    @Test func shortcutsAgreeWithTheRules() {
        let pieces = [
            "yes", "Yes", "YES", "no", "NO", "on", "Off", "true", "False", "null", "Null", "NULL", "~", "o", "n", "y", "t", "f", "x",
            "1", "0x1F", "0b1", "-", "+", ".", "5", ":", "2024-01-31", "=", "<<", " ", "\n", "é", "_", "inf", ".nan",
        ]
        var generator = SystemRandomNumberGenerator()
        let texts = pieces + (0..<3_000).map { _ in
            (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        // A plain scalar neither starts nor ends with white space or a line break.
        for text in texts where text.first?.isWhitespace != true && text.last?.isWhitespace != true {
            #expect(YAMLPlainTypes.type(of: text) == YAMLPlainTypes.typeByRules(text), "\(text.debugDescription)")
        }
        #expect(YAMLPlainTypes.type(of: "optional") == .str)
        #expect(YAMLPlainTypes.type(of: "On") == .bool)
        #expect(YAMLPlainTypes.type(of: "NULL") == .null)
    }
}
