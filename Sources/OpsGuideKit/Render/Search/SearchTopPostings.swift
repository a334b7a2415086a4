/// The best postings of many terms, kept as the documents stream past: for each term a heap of
/// at most `limit` postings whose root is the worst one kept. Which postings are kept does not
/// depend on the order they come in.
///
/// The merge used to gather every posting of every term (a few hundred per document) and then
/// pick the best of each term; a posting now either takes a place in its term's heap or, nearly
/// always once the heap is full, is turned away by one comparison with the root.
struct SearchTopPostings {
    let limit: Int
    /// `limit` places per term, in term order; term `t`'s heap is its first `counts[t]`. Owned
    /// buffers, as in `SearchTermTable`: this runs for every term of every document, and an
    /// array's uniqueness and bounds checks were a third of it. `deallocate()` frees them.
    private var slots: UnsafeMutablePointer<SearchPosting>
    private var counts: UnsafeMutablePointer<Int32>
    private var termCount = 0
    private var capacity: Int

    init(limit: Int, capacity: Int = 256) {
        self.limit = max(1, limit)
        self.capacity = max(1, capacity)
        slots = .allocate(capacity: self.capacity * self.limit)
        counts = .allocate(capacity: self.capacity)
    }

    func deallocate() {
        slots.deallocate()
        counts.deallocate()
    }

    /// Adds term number `term`'s posting; terms are numbered from 0 in the order they first come.
    @inline(__always)
    mutating func add(_ posting: SearchPosting, toTerm term: Int) {
        if term == termCount { addTerm() }
        let heap = slots + term * limit
        let count = Int(counts[term])
        // Most postings stop here, having read two numbers.
        if count == limit {
            guard SearchPosting.ranks(posting, before: heap[0]) else { return }
            heap[0] = posting
            Self.siftDown(heap, count: count)
        } else {
            counts[term] = Int32(count + 1)
            heap[count] = posting
            Self.siftUp(heap, from: count)
        }
    }

    /// Room for one more term, with no postings yet.
    @inline(never)
    private mutating func addTerm() {
        if termCount == capacity {
            let larger = 2 * capacity
            let moreSlots = UnsafeMutablePointer<SearchPosting>.allocate(capacity: larger * limit)
            moreSlots.moveInitialize(from: slots, count: capacity * limit)
            let moreCounts = UnsafeMutablePointer<Int32>.allocate(capacity: larger)
            moreCounts.moveInitialize(from: counts, count: capacity)
            deallocate()
            (slots, counts, capacity) = (moreSlots, moreCounts, larger)
        }
        counts[termCount] = 0
        termCount += 1
    }

    /// Term number `term`'s postings, best first.
    func best(ofTerm term: Int) -> [SearchPosting] {
        SearchPosting.bestFirst(postings(ofTerm: term))
    }

    /// Term number `term`'s postings, in no particular order.
    func postings(ofTerm term: Int) -> UnsafeBufferPointer<SearchPosting> {
        UnsafeBufferPointer(start: slots + term * limit, count: Int(counts[term]))
    }

    /// Whether `left` ranks below `right`: the heap's order, worst at the root.
    private static func isWorse(_ left: SearchPosting, _ right: SearchPosting) -> Bool {
        SearchPosting.ranks(right, before: left)
    }

    private static func siftUp(_ heap: UnsafeMutablePointer<SearchPosting>, from start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard isWorse(heap[child], heap[parent]) else { return }
            (heap[child], heap[parent]) = (heap[parent], heap[child])
            child = parent
        }
    }

    private static func siftDown(_ heap: UnsafeMutablePointer<SearchPosting>, count: Int) {
        var parent = 0
        while true {
            var worst = parent
            let left = 2 * parent + 1
            if left < count, isWorse(heap[left], heap[worst]) { worst = left }
            if left + 1 < count, isWorse(heap[left + 1], heap[worst]) { worst = left + 1 }
            guard worst != parent else { return }
            (heap[parent], heap[worst]) = (heap[worst], heap[parent])
            parent = worst
        }
    }
}
