/// The best postings of many terms, kept as the documents stream past in order: for each term a
/// heap of at most `limit` postings whose root is the worst one kept.
///
/// The merge used to gather every posting of every term (a few hundred per document) and then
/// pick the best of each term; a posting now either takes a place in its term's heap or, nearly
/// always once the heap is full, is turned away by one comparison with the root.
struct SearchTopPostings {
    let limit: Int
    /// `limit` places per term, in term order; term `t`'s heap is its first `counts[t]`.
    private var slots: [SearchPosting] = []
    private var counts: [Int32] = []

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Adds term number `term`'s posting; documents must come in increasing order, terms are
    /// numbered from 0 in the order they first come.
    mutating func add(_ posting: SearchPosting, toTerm term: Int) {
        if term == counts.count {
            counts.append(0)
            slots.append(contentsOf: repeatElement(SearchPosting(document: 0, weight: 0), count: limit))
        }
        let base = term * limit
        let count = Int(counts[term])
        // An equal weight never displaces the root: its document came earlier. Most postings
        // stop here, having read two numbers.
        if count == limit, posting.weight <= slots[base].weight { return }
        if count < limit { counts[term] += 1 }
        slots.withUnsafeMutableBufferPointer { slots in
            if count < limit {
                slots[base + count] = posting
                Self.siftUp(slots, base: base, from: count)
            } else {
                slots[base] = posting
                Self.siftDown(slots, base: base, count: count)
            }
        }
    }

    /// Term number `term`'s postings, best first.
    func best(ofTerm term: Int) -> [SearchPosting] {
        slots[(term * limit)..<(term * limit + Int(counts[term]))].sorted(by: SearchPosting.ranks)
    }

    /// Whether `left` ranks below `right`: the heap's order, worst at the root.
    private static func isWorse(_ left: SearchPosting, _ right: SearchPosting) -> Bool {
        SearchPosting.ranks(right, before: left)
    }

    private static func siftUp(_ heap: UnsafeMutableBufferPointer<SearchPosting>, base: Int, from start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard isWorse(heap[base + child], heap[base + parent]) else { return }
            heap.swapAt(base + child, base + parent)
            child = parent
        }
    }

    private static func siftDown(_ heap: UnsafeMutableBufferPointer<SearchPosting>, base: Int, count: Int) {
        var parent = 0
        while true {
            var worst = parent
            let left = 2 * parent + 1
            if left < count, isWorse(heap[base + left], heap[base + worst]) { worst = left }
            if left + 1 < count, isWorse(heap[base + left + 1], heap[base + worst]) { worst = left + 1 }
            guard worst != parent else { return }
            heap.swapAt(base + parent, base + worst)
            parent = worst
        }
    }
}
