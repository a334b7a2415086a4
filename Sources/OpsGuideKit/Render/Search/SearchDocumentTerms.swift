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
    /// bytes; a `SearchTermKey` is 32): term `i` is `termBytes[termEnds[i - 1]..<termEnds[i]]`,
    /// and those of groups `g..<h` are the terms `groupStarts[g]..<groupStarts[h]`.
    private let termBytes: [UInt8]
    private let termEnds: [UInt32]
    /// The capped weight of each ASCII term, in the order of `keys`.
    let weights: [UInt8]
    let groupStarts: [Int]
    /// The capped weight of each term that is not ASCII.
    let unicodeWeights: [String: Int]

    init(_ document: SearchDocument) {
        var counter = Counter(capacity: document.body.utf8.count / 16)
        counter.add(document.title, weight: 12)
        for heading in document.headings { counter.add(heading, weight: 5) }
        counter.add(document.summary, weight: 4)
        counter.add(document.body, weight: 1)

        // A counting sort by group: `ends[g]` runs from the start of group `g` to its end.
        var starts = [Int](repeating: 0, count: Self.groupCount + 1)
        for group in counter.groups { starts[Int(group) + 1] += 1 }
        for group in 0..<Self.groupCount { starts[group + 1] += starts[group] }
        var next = starts
        var order = [Int](repeating: 0, count: counter.groups.count)
        for (number, group) in counter.groups.enumerated() {
            order[next[Int(group)]] = number
            next[Int(group)] += 1
        }
        var bytes: [UInt8] = []
        var ends: [UInt32] = []
        bytes.reserveCapacity(order.count * 8)
        ends.reserveCapacity(order.count)
        for number in order {
            counter.table.keys[number].appendBytes(to: &bytes)
            ends.append(UInt32(bytes.count))
        }
        termBytes = bytes
        termEnds = ends
        weights = order.map { UInt8(min(counter.sums[$0], Self.maximumWeight)) }
        groupStarts = starts
        unicodeWeights = counter.unicode.mapValues { min($0, Self.maximumWeight) }
    }

    /// Sums of weights and groups by term, sums uncapped.
    private struct Counter: SearchTermSink {
        var table: SearchTermTable
        /// By ASCII term number.
        var sums: [Int] = []
        var groups: [UInt8] = []
        var unicode: [String: Int] = [:]
        /// The weight of the text being read.
        var weight = 0

        init(capacity: Int) {
            table = SearchTermTable(capacity: capacity)
            sums.reserveCapacity(capacity)
            groups.reserveCapacity(capacity)
        }

        mutating func add(_ text: String, weight: Int) {
            self.weight = weight
            SearchTokenizer.forEachTerm(in: text, into: &self)
        }

        mutating func add(_ key: SearchTermKey) {
            let number = table.number(of: key)
            if number == sums.count {
                sums.append(0)
                let (first, second) = key.head
                groups.append(UInt8(SearchDocumentTerms.asciiShardNumber(first, second) % SearchDocumentTerms.groupCount))
            }
            sums[number] += weight
        }

        mutating func add(_ term: String) {
            unicode[term, default: 0] += weight
        }
    }

    /// Calls `body` with the position and key of every ASCII term of groups `groups`.
    func forEachTerm(inGroups groups: Range<Int>, _ body: (Int, SearchTermKey) -> Void) {
        termBytes.withUnsafeBufferPointer { bytes in
            for index in terms(inGroups: groups) {
                let start = index == 0 ? 0 : Int(termEnds[index - 1])
                body(index, SearchTermKey(UnsafeBufferPointer(rebasing: bytes[start..<Int(termEnds[index])])))
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
