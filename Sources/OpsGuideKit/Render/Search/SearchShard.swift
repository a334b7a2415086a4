/// A document's weight for a term, as a shard stores it: `[document, weight, …]`.
struct SearchPosting: Equatable {
    var document: Int32
    var weight: Int32

    /// Better first: the higher weight, then the earlier document.
    static func ranks(_ left: SearchPosting, before right: SearchPosting) -> Bool {
        left.weight != right.weight ? left.weight > right.weight : left.document < right.document
    }

    /// `postings` in `ranks` order, sorted as numbers whose order is that order (weights and
    /// documents are never negative): every term's postings are sorted once, and sorting
    /// through the comparison took about 300 instructions a posting.
    static func bestFirst<Postings: Collection<SearchPosting>>(_ postings: Postings) -> [SearchPosting] {
        var keys = postings.map { (UInt64(UInt32(Int32.max - $0.weight)) << 32) | UInt64(UInt32($0.document)) }
        keys.sort()
        return keys.map { SearchPosting(document: Int32(truncatingIfNeeded: $0), weight: Int32.max - Int32(truncatingIfNeeded: $0 >> 32)) }
    }
}

/// One term shard of the index: its terms in order, each with its best postings, best first.
///
/// `merge` builds every shard from the threads' postings (`SearchTermPostings`) in parallel:
/// the ASCII shards are split into groups and the groups into parts, and each part takes its
/// terms' postings from every thread and keeps the best (`SearchTopPostings`). Terms that are
/// not ASCII are few; they are merged first into one dictionary keyed by the string, so that
/// canonically equivalent spellings share postings (and the first document's spelling names
/// them) as they always have, and then join the part of their shard's group.
struct SearchShard {
    /// ASCII shards are merged in this many groups: shard `xy` is in group
    /// `asciiShardNumber(x, y) % groupCount`, every other shard in group `groupCount`.
    static let groupCount = 64

    let name: String
    var terms: [(term: String, postings: [SearchPosting])]

    /// Every shard, in name order. Which thread weighed a document, and which part merges a
    /// shard, change nothing in it, so the number of parts follows `jobs`.
    static func merge(_ threads: [SearchTermPostings], maximumPostings: Int, jobs: Int) -> [SearchShard] {
        var unicodePostings: [String: (first: Int32, postings: [SearchPosting])] = [:]
        for thread in threads {
            for (term, entry) in thread.unicode {
                guard let known = unicodePostings[term] else {
                    unicodePostings[term] = entry
                    continue
                }
                // The earlier document's spelling names the term.
                if entry.first < known.first { unicodePostings.removeValue(forKey: term) }
                unicodePostings[term] = (min(known.first, entry.first), known.postings + entry.postings)
            }
        }
        let unicodeTerms = unicodePostings.map { term, entry in
            (shard: SearchTokenizer.shard(of: term), term: term,
             postings: best(entry.postings.sorted { $0.document < $1.document }[...], count: maximumPostings))
        }
        let groupCount = Self.groupCount + 1
        let partCount = min(groupCount, 4 * max(1, jobs))
        let parts = (0..<partCount).map { part in (part * groupCount / partCount)..<((part + 1) * groupCount / partCount) }
        let shards = Parallel.map(partCount, jobs: jobs) { part -> [SearchShard] in
            var shards = asciiTerms(inGroups: parts[part], of: threads, maximumPostings: maximumPostings)
            for unicode in unicodeTerms where parts[part].contains(group(ofShard: unicode.shard)) {
                shards[unicode.shard, default: []].append((unicode.term, unicode.postings))
            }
            return shards.map { name, terms in SearchShard(name: name, terms: terms.sorted { $0.term < $1.term }) }
        }
        return shards.joined().sorted { $0.name < $1.name }
    }

    /// Shard name → terms with their best postings, for the ASCII terms of some groups.
    private static func asciiTerms(
        inGroups groups: Range<Int>, of threads: [SearchTermPostings], maximumPostings: Int
    ) -> [String: [(term: String, postings: [SearchPosting])]] {
        var table = SearchTermTable(capacity: 1024)
        var best = SearchTopPostings(limit: maximumPostings)
        defer {
            table.deallocate()
            best.deallocate()
        }
        for thread in threads {
            for term in 0..<thread.table.count {
                let key = thread.table.keys[term]
                let (first, second) = key.head
                guard groups.contains(asciiShardNumber(first, second) % Self.groupCount) else { continue }
                let number = table.number(of: key)
                for posting in thread.best.postings(ofTerm: term) { best.add(posting, toTerm: number) }
            }
        }
        var shards: [String: [(term: String, postings: [SearchPosting])]] = [:]
        for number in 0..<table.count {
            let term = table.keys[number].string
            shards[String(term.prefix(2)), default: []].append((term, best.best(ofTerm: number)))
        }
        return shards
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

    /// The `count` best postings, best first, of postings in document order. Weights are at
    /// most `SearchTermCounter.maximumWeight`, so the lowest weight that makes the cut is
    /// found by counting, and only the postings that make it are sorted.
    static func best(_ postings: ArraySlice<SearchPosting>, count: Int) -> [SearchPosting] {
        guard postings.count > count else { return SearchPosting.bestFirst(postings) }
        var histogram = [Int](repeating: 0, count: Int(SearchTermCounter.maximumWeight) + 1)
        for posting in postings { histogram[Int(posting.weight)] += 1 }
        var cut = Int(SearchTermCounter.maximumWeight)
        var above = 0
        while above + histogram[cut] < count {
            above += histogram[cut]
            cut -= 1
        }
        var ties = count - above
        var best: [SearchPosting] = []
        best.reserveCapacity(count)
        for posting in postings {
            if posting.weight > cut {
                best.append(posting)
            } else if posting.weight == cut, ties > 0 {
                best.append(posting)
                ties -= 1
            }
        }
        return SearchPosting.bestFirst(best)
    }
}
