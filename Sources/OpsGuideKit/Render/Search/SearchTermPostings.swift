/// The best postings of every term of the documents one thread weighed, whichever documents
/// and in whatever order it got them: `SearchShard.merge` makes the shards from every thread's.
///
/// Each document's terms go straight from its counter into the thread's table. Before, every
/// document's terms were first packed and sorted for the merge, and then looked up again there.
struct SearchTermPostings {
    /// The ASCII terms, numbered as they came; `best` keeps each one's best postings.
    private(set) var table = SearchTermTable(capacity: 1024)
    private(set) var best: SearchTopPostings
    /// Every other term with all its postings, and the first document that had it: of the
    /// canonically equivalent spellings of a term, the first document's names it.
    private(set) var unicode: [String: (first: Int32, postings: [SearchPosting])] = [:]

    init(maximumPostings: Int) {
        best = SearchTopPostings(limit: maximumPostings)
    }

    func deallocate() {
        table.deallocate()
        best.deallocate()
    }

    /// Adds document number `document`'s terms; each thread's documents come in increasing order.
    mutating func add(_ counter: SearchTermCounter, document: Int) {
        counter.forEachASCIITerm { key, weight in add(key, SearchPosting(document: Int32(document), weight: weight)) }
        add(counter.unicodeWeights, document: document)
    }

    /// `add` of terms the preview's cache kept.
    mutating func add(_ terms: SearchDocumentTerms, document: Int) {
        terms.forEachASCIITerm { key, weight in add(key, SearchPosting(document: Int32(document), weight: weight)) }
        add(terms.unicodeWeights, document: document)
    }

    @inline(__always)
    private mutating func add(_ key: SearchTermKey, _ posting: SearchPosting) {
        best.add(posting, toTerm: table.number(of: key))
    }

    private mutating func add(_ weights: [String: Int], document: Int) {
        for (term, weight) in weights {
            let posting = SearchPosting(document: Int32(document), weight: Int32(weight))
            if unicode[term] == nil {
                unicode[term] = (Int32(document), [posting])
            } else {
                unicode[term]!.postings.append(posting)
            }
        }
    }
}
