/// The terms of one document as its text is read, with the sum of their weights: ASCII terms
/// (nearly all) in a `SearchTermTable` (its values), any other term in a dictionary keyed by
/// the string, which merges canonically equivalent spellings as the index always has.
///
/// Weights: 12 per title occurrence, 5 per heading, 4 per summary, 1 per body occurrence, and
/// a document's weight for a term is capped at `maximumWeight`. The preview's cache keeps what
/// this counts (`SearchDocumentTerms`); a build counts with the same weights straight into its
/// threads' tables (`SearchTermPostings`).
struct SearchTermCounter: SearchTermSink {
    static let maximumWeight: Int32 = 99

    private(set) var table: SearchTermTable
    private(set) var unicode: [String: Int] = [:]
    /// The weight of the text being read.
    private var weight: Int32 = 0

    /// Counts the terms of `document`; `deallocate()` frees the table.
    init(_ document: SearchDocument) {
        table = SearchTermTable(capacity: max(64, document.body.source.utf8.count / 16))
        for (text, weight) in Self.weightedTexts(of: document) {
            self.weight = weight
            text.forEachTerm(into: &self)
        }
    }

    /// The texts of `document` with the weight of each occurrence of a term in them.
    static func weightedTexts(of document: SearchDocument) -> [(SearchDocument.Body, Int32)] {
        [(.text(document.title), 12)] + document.headings.map { (.text($0), 5) } + [(.text(document.summary), 4), (document.body, 1)]
    }

    func deallocate() {
        table.deallocate()
    }

    /// Calls `body` with every ASCII term, in the order they were first read, and its capped weight.
    func forEachASCIITerm(_ body: (SearchTermKey, Int32) -> Void) {
        for number in 0..<table.count {
            body(table.keys[number], min(table.values[number], Self.maximumWeight))
        }
    }

    /// The capped weight of every term that is not ASCII.
    var unicodeWeights: [String: Int] {
        unicode.mapValues { min($0, Int(Self.maximumWeight)) }
    }

    @inline(__always)
    mutating func add(_ key: SearchTermKey) {
        // Numbered first: a new term may grow the table, which moves `values`.
        let number = table.number(of: key)
        table.values[number] += weight
    }

    mutating func add(_ term: String) {
        unicode[term, default: 0] += Int(weight)
    }
}
