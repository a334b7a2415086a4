/// A document's weight for a term, as a shard stores it: `[document, weight, …]`.
struct SearchPosting: Equatable {
    var document: Int32
    var weight: Int32

    /// Better first: the higher weight, then the earlier document.
    static func ranks(_ left: SearchPosting, before right: SearchPosting) -> Bool {
        left.weight != right.weight ? left.weight > right.weight : left.document < right.document
    }
}

/// One term shard of the index: its terms in order, each with its best postings, best first.
///
/// `merge` builds every shard from the documents' terms in parallel: the shard groups are split
/// into parts, and each part is merged on its own, reading one slice of every document and
/// keeping each term's best postings as they come (`SearchTopPostings`). Terms
/// that are not ASCII are few; they are merged first, in document order, into one dictionary
/// keyed by the string, so that canonically equivalent spellings share postings (and the first
/// spelling names them) as they always have, and then join the part of their shard's group.
struct SearchShard {
    let name: String
    var terms: [(term: String, postings: [SearchPosting])]

    /// Every shard, in name order. Which part merges a shard changes nothing in it, so the
    /// number of parts follows `jobs`.
    static func merge(_ documents: [SearchDocumentTerms], maximumPostings: Int, jobs: Int) -> [SearchShard] {
        var unicodePostings: [String: [SearchPosting]] = [:]
        for (number, document) in documents.enumerated() {
            for (term, weight) in document.unicodeWeights {
                unicodePostings[term, default: []].append(SearchPosting(document: Int32(number), weight: Int32(weight)))
            }
        }
        let unicodeTerms = unicodePostings.map { term, postings in
            (shard: SearchTokenizer.shard(of: term), term: term, postings: best(postings[...], count: maximumPostings))
        }
        let groupCount = SearchDocumentTerms.groupCount + 1
        let partCount = min(groupCount, 4 * max(1, jobs))
        let parts = (0..<partCount).map { part in (part * groupCount / partCount)..<((part + 1) * groupCount / partCount) }
        let shards = Parallel.map(partCount, jobs: jobs) { part -> [SearchShard] in
            var shards = asciiTerms(inGroups: parts[part], of: documents, maximumPostings: maximumPostings)
            for unicode in unicodeTerms where parts[part].contains(SearchDocumentTerms.group(ofShard: unicode.shard)) {
                shards[unicode.shard, default: []].append((unicode.term, unicode.postings))
            }
            return shards.map { name, terms in SearchShard(name: name, terms: terms.sorted { $0.term < $1.term }) }
        }
        return shards.joined().sorted { $0.name < $1.name }
    }

    /// Shard name → terms with their best postings, for the ASCII terms of some groups.
    private static func asciiTerms(
        inGroups groups: Range<Int>, of documents: [SearchDocumentTerms], maximumPostings: Int
    ) -> [String: [(term: String, postings: [SearchPosting])]] {
        var merger = Merger(maximumPostings: maximumPostings)
        defer {
            merger.table.deallocate()
            merger.best.deallocate()
        }
        for (documentNumber, document) in documents.enumerated() {
            merger.add(document, number: documentNumber, inGroups: groups)
        }
        var shards: [String: [(term: String, postings: [SearchPosting])]] = [:]
        for number in 0..<merger.table.count {
            let term = merger.table.keys[number].string
            shards[String(term.prefix(2)), default: []].append((term, merger.best.best(ofTerm: number)))
        }
        return shards
    }

    /// The terms of one part and their best postings so far.
    private struct Merger {
        var table = SearchTermTable(capacity: 1024)
        var best: SearchTopPostings

        init(maximumPostings: Int) {
            best = SearchTopPostings(limit: maximumPostings)
        }

        mutating func add(_ document: SearchDocumentTerms, number: Int, inGroups groups: Range<Int>) {
            document.weights.withUnsafeBufferPointer { weights in
                document.forEachTerm(inGroups: groups) { index, key in
                    let term = table.number(of: key)
                    best.add(SearchPosting(document: Int32(number), weight: Int32(weights[index])), toTerm: term)
                }
            }
        }
    }

    /// The `count` best postings, best first, of postings in document order. Weights are at
    /// most `SearchDocumentTerms.maximumWeight`, so the lowest weight that makes the cut is
    /// found by counting, and only the postings that make it are sorted.
    static func best(_ postings: ArraySlice<SearchPosting>, count: Int) -> [SearchPosting] {
        guard postings.count > count else { return postings.sorted(by: SearchPosting.ranks) }
        var histogram = [Int](repeating: 0, count: SearchDocumentTerms.maximumWeight + 1)
        for posting in postings { histogram[Int(posting.weight)] += 1 }
        var cut = SearchDocumentTerms.maximumWeight
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
        return best.sorted(by: SearchPosting.ranks)
    }
}
