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
}
