import Testing
@testable import OpsGuideKit

/// The quick scan that decides whether a file needs the exact placeholder search never misses one.
@Suite struct PlaceholderScanTests {
    @Test(arguments: ["TODO", "x TBD", "see FIXME.", "Lorem ipsum", "…LOREM", "ends with lorem", "Tea and TODO"])
    func findsEveryCandidate(text: String) {
        #expect(ContentChecks.mayContainPlaceholder(text))
    }

    @Test(arguments: ["", "TOD", "T", "Tab FIX lore", "Todo, tbd and fixme are lowercase", "l", "lorE"])
    func passesTextWithoutOne(text: String) {
        #expect(!ContentChecks.mayContainPlaceholder(text))
    }

    /// Texts of every length up to 80 bytes, made of the placeholders' letters and their near
    /// misses, so that a candidate falls in every lane of the sixteen-byte steps and in the
    /// bytes after the last step: the scan agrees with a plain search on each.
    @Test func agreesWithAPlainSearch() {
        let pieces = ["T", "D", "O", "TO", "TOD", "TODO", "TB", "TBD", "F", "FIXM", "FIXME", "E", "l", "L", "lore", "lorem", "LoReM", "m", " ", "x", "é"]
        var generator = SearchFastPathTests.Generator(state: 7)
        var found = 0
        for _ in 0..<20_000 {
            var text = ""
            let target = Int(generator.next() % 80)
            while text.utf8.count < target { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let expected = ["TODO", "TBD", "FIXME"].contains { text.contains($0) } || text.lowercased().contains("lorem")
            found += expected ? 1 : 0
            #expect(ContentChecks.mayContainPlaceholder(text) == expected, "\(text)")
        }
        #expect(found > 1_000 && found < 19_000)
    }
}
