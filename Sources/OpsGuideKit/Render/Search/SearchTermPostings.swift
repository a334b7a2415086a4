/// The best postings of every term of the documents one thread weighed, whichever documents
/// and in whatever order it got them: `SearchShard.merge` makes the shards from every thread's.
///
/// A document's words are counted straight into the thread's table: each word is looked up
/// once, and its weight in the document is summed by term number. Before, each document had a
/// table of its own, whose terms were then looked up again in the thread's.
struct SearchTermPostings: SearchTermSink {
    /// The ASCII terms, numbered as they came; `best` keeps each one's best postings.
    private(set) var table = SearchTermTable(capacity: 1024)
    private(set) var best: SearchTopPostings
    /// Every other term with all its postings, and the first document that had it: of the
    /// canonically equivalent spellings of a term, the first document's names it.
    private(set) var unicode: [String: (first: Int32, postings: [SearchPosting])] = [:]
    /// The document being weighed: the weight of each term by number (0 for a term it does not
    /// have; room for every term of the table), the numbers it has (room for one more than
    /// `weightCapacity`), its other terms, and the weight of the text being read.
    private var weights: UnsafeMutablePointer<Int32>
    private var weightCapacity = 1024
    private var documentTerms: UnsafeMutablePointer<Int32>
    private var documentTermCount = 0
    private var documentUnicode: [String: Int] = [:]
    private var weight: Int32 = 0

    init(maximumPostings: Int) {
        best = SearchTopPostings(limit: maximumPostings)
        weights = .allocate(capacity: weightCapacity)
        weights.initialize(repeating: 0, count: weightCapacity)
        documentTerms = .allocate(capacity: weightCapacity + 1)
    }

    func deallocate() {
        table.deallocate()
        best.deallocate()
        weights.deallocate()
        documentTerms.deallocate()
    }

    /// Weighs document number `number`; each thread's documents come in increasing order.
    mutating func weigh(_ document: SearchDocument, number: Int) {
        for (text, weight) in SearchTermCounter.weightedTexts(of: document) {
            self.weight = weight
            text.forEachTerm(into: &self)
        }
        for index in 0..<documentTermCount {
            let term = Int(documentTerms[index])
            let total = weights[term]
            weights[term] = 0
            best.add(SearchPosting(document: Int32(number), weight: min(total, SearchTermCounter.maximumWeight)), toTerm: term)
        }
        documentTermCount = 0
        add(documentUnicode.mapValues { min($0, Int(SearchTermCounter.maximumWeight)) }, document: number)
        documentUnicode.removeAll(keepingCapacity: true)
    }

    /// The term's number is stored whether or not the document had it, and counted only when
    /// it did not: a branch on that, taken for about half the words, was mispredicted as often.
    @inline(__always)
    mutating func add(_ key: SearchTermKey) {
        let term = table.number(of: key)
        if term >= weightCapacity { growWeights(toHold: term + 1) }
        documentTerms[documentTermCount] = Int32(truncatingIfNeeded: term)
        documentTermCount &+= weights[term] == 0 ? 1 : 0
        weights[term] &+= weight
    }

    mutating func add(_ term: String) {
        documentUnicode[term, default: 0] += Int(weight)
    }

    /// Room for the weights of `count` terms, doubling.
    @inline(never)
    private mutating func growWeights(toHold count: Int) {
        let capacity = max(2 * weightCapacity, count)
        let larger = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        larger.moveInitialize(from: weights, count: weightCapacity)
        (larger + weightCapacity).initialize(repeating: 0, count: capacity - weightCapacity)
        weights.deallocate()
        let moreTerms = UnsafeMutablePointer<Int32>.allocate(capacity: capacity + 1)
        moreTerms.moveInitialize(from: documentTerms, count: documentTermCount)
        documentTerms.deallocate()
        (weights, weightCapacity, documentTerms) = (larger, capacity, moreTerms)
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
