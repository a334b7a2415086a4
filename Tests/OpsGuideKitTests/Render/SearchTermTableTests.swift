import Testing
@testable import OpsGuideKit

/// The term table numbers terms in the order they come and keeps each term's value as it grows.
@Suite struct SearchTermTableTests {
    @Test func numbersAndValuesSurviveGrowth() {
        var table = SearchTermTable(capacity: 2)
        defer { table.deallocate() }
        let terms = (0..<1_000).map { "term\($0)" }
        func key(_ term: String) -> SearchTermKey {
            var term = term
            return term.withUTF8 { SearchTermKey($0) }
        }
        for (index, term) in terms.enumerated() {
            let number = table.number(of: key(term))
            #expect(number == index)
            table.values[number] += Int32(index + 1)
        }
        #expect(table.count == terms.count)
        for (index, term) in terms.enumerated() {
            let number = table.number(of: key(term))
            #expect(number == index && table.keys[number].string == term && table.values[number] == Int32(index + 1), "\(term)")
        }
    }

    /// A document with more distinct words than its counter first holds keeps every weight.
    @Test func documentWeightsSurviveTheCounterGrowing() {
        let words = (0..<500).map { "word\($0)" }
        let document = SearchDocument(path: "p.html", kind: .page, title: "", summary: "", headings: [], body: .text(words.joined(separator: " ")))
        let terms = SearchDocumentTerms(document)
        var seen = 0
        terms.forEachASCIITerm { _, weight in
            #expect(weight == 1)
            seen += 1
        }
        #expect(seen == words.count)
    }
}
