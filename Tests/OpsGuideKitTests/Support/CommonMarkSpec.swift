import Foundation

/// The Markdown of each example of the CommonMark 0.30 spec (`Fixtures/commonmark-spec-0.30.txt`),
/// tabs restored from the spec's `→`.
enum CommonMarkSpec {
    static func examples() throws -> [String] {
        let spec = try String(contentsOf: TestSite.testsRoot.appendingPathComponent("Fixtures/commonmark-spec-0.30.txt"), encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [String] = []
        var current: [Substring]?
        for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(fence + " example") { current = []; continue }
            if current != nil, line == "." {
                examples.append(current!.joined(separator: "\n").replacingOccurrences(of: "→", with: "\t") + "\n")
                current = nil
                continue
            }
            current?.append(line)
        }
        return examples
    }
}
