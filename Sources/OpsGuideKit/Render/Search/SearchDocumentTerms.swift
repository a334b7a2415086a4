/// The terms of one document with their weights, laid out for the merge into shards.
///
/// Weights: 12 per title occurrence, 5 per heading, 4 per summary, 1 per body occurrence,
/// capped at 99. ASCII terms (nearly all) are kept as `SearchTermKey`s ordered by the shard
/// group that merges them, so that a merge job reads one slice of every document. Any other
/// term is kept in a dictionary keyed by the string, which merges canonically equivalent
/// spellings as the index always has.
struct SearchDocumentTerms {
    /// Shards are merged in this many groups: an ASCII shard `xy` is in group
    /// `asciiShardNumber(x, y) % groupCount`, every other shard in group `groupCount`.
    static let groupCount = 64
    static let maximumWeight = 99

    /// The ASCII terms ordered by group, packed one after the other (terms average a few
    /// bytes; a `SearchTermKey` is 32), then 32 zeros: term `i` is
    /// `termBytes[termEnds[i - 1]..<termEnds[i]]`, and those of groups `g..<h` are the terms
    /// `groupStarts[g]..<groupStarts[h]`.
    private let termBytes: [UInt8]
    private let termEnds: [UInt32]
    /// The capped weight of each ASCII term, in the order of `keys`.
    let weights: [UInt8]
    let groupStarts: [Int]
    /// The capped weight of each term that is not ASCII.
    let unicodeWeights: [String: Int]

    init(_ document: SearchDocument) {
        var counter = Counter(capacity: max(64, document.body.source.utf8.count / 16))
        defer { counter.table.deallocate() }
        counter.add(.text(document.title), weight: 12)
        for heading in document.headings { counter.add(.text(heading), weight: 5) }
        counter.add(.text(document.summary), weight: 4)
        counter.add(document.body, weight: 1)
        let table = counter.table
        let count = table.count

        // A counting sort by group: `starts[g]` is where group `g` begins. Over raw buffers: the
        // arrays' bounds and uniqueness checks in these loops cost more than the sort itself.
        var starts = [Int](repeating: 0, count: Self.groupCount + 1)
        let groups = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
        let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        defer {
            groups.deallocate()
            order.deallocate()
        }
        var byteCount = 0
        starts.withUnsafeMutableBufferPointer { starts in
            for number in 0..<count {
                let key = table.keys[number]
                let (first, second) = key.head
                let group = Self.asciiShardNumber(first, second) % Self.groupCount
                groups[number] = UInt8(truncatingIfNeeded: group)
                starts[group + 1] += 1
                byteCount += key.length
            }
            for group in 0..<Self.groupCount { starts[group + 1] += starts[group] }
            var next = [Int](starts)
            next.withUnsafeMutableBufferPointer { next in
                for number in 0..<count {
                    let group = Int(groups[number])
                    order[next[group]] = Int32(truncatingIfNeeded: number)
                    next[group] += 1
                }
            }
        }
        var ends = [UInt32](repeating: 0, count: count)
        var capped = [UInt8](repeating: 0, count: count)
        termBytes = [UInt8](unsafeUninitializedCapacity: byteCount + SearchTermKey.byteCount) { buffer, written in
            var end = 0
            ends.withUnsafeMutableBufferPointer { ends in
                capped.withUnsafeMutableBufferPointer { capped in
                    for position in 0..<count {
                        let number = Int(order[position])
                        end += table.keys[number].store(to: UnsafeMutableRawPointer(buffer.baseAddress! + end))
                        ends[position] = UInt32(end)
                        capped[position] = UInt8(truncatingIfNeeded: min(Int(table.values[number]), Self.maximumWeight))
                    }
                }
            }
            // Zeros after the last term, so that every term's key can be loaded in place.
            (buffer.baseAddress! + end).initialize(repeating: 0, count: SearchTermKey.byteCount)
            written = end + SearchTermKey.byteCount
        }
        termEnds = ends
        weights = capped
        groupStarts = starts
        unicodeWeights = counter.unicode.mapValues { min($0, Self.maximumWeight) }
    }

    /// Sums of weights by term, uncapped: ASCII terms in a `SearchTermTable` (its values), the
    /// rare other terms in a dictionary.
    private struct Counter: SearchTermSink {
        var table: SearchTermTable
        var unicode: [String: Int] = [:]
        /// The weight of the text being read.
        private var weight: Int32 = 0

        init(capacity: Int) {
            table = SearchTermTable(capacity: capacity)
        }

        mutating func add(_ body: SearchDocument.Body, weight: Int) {
            self.weight = Int32(weight)
            body.forEachTerm(into: &self)
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

    /// Calls `body` with the position and key of every ASCII term of groups `groups`.
    func forEachTerm(inGroups groups: Range<Int>, _ body: (Int, SearchTermKey) -> Void) {
        termBytes.withUnsafeBufferPointer { bytes in
            for index in terms(inGroups: groups) {
                let start = index == 0 ? 0 : Int(termEnds[index - 1])
                body(index, SearchTermKey(loading: bytes.baseAddress! + start, length: Int(termEnds[index]) - start))
            }
        }
    }

    /// The positions of the ASCII terms of groups `groups`.
    private func terms(inGroups groups: Range<Int>) -> Range<Int> {
        groupStarts[min(groups.lowerBound, Self.groupCount)]..<groupStarts[min(groups.upperBound, Self.groupCount)]
    }

    /// The shard of an ASCII term (`SearchTokenizer.shard(of:)`: its first two bytes, each a
    /// digit or a lowercase letter) as a number below 36 × 36.
    static func asciiShardNumber(_ first: UInt8, _ second: UInt8) -> Int {
        func digit(_ byte: UInt8) -> Int { byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : Int(byte - UInt8(ascii: "a")) + 10 }
        return digit(first) * 36 + digit(second)
    }

    /// The group that merges the shard called `name` (only ASCII shards have two-byte names).
    static func group(ofShard name: String) -> Int {
        var name = name
        return name.withUTF8 { bytes in
            bytes.count == 2 ? asciiShardNumber(bytes[0], bytes[1]) % groupCount : groupCount
        }
    }
}
