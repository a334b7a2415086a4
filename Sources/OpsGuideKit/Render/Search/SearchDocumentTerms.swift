/// The terms of one document with their capped weights, packed: what the preview's cache keeps
/// of each page, so that the index of a page that did not change is not read again.
///
/// ASCII terms are packed one after the other (terms average a few bytes; a `SearchTermKey` is
/// 32), in the order they were first read.
struct SearchDocumentTerms {
    /// Term `i` is `termBytes[termEnds[i - 1]..<termEnds[i]]`; 32 zeros follow the last.
    private let termBytes: [UInt8]
    private let termEnds: [UInt32]
    /// The capped weight of each ASCII term.
    private let weights: [UInt8]
    /// The capped weight of each term that is not ASCII.
    let unicodeWeights: [String: Int]

    init(_ document: SearchDocument) {
        let counter = SearchTermCounter(document)
        defer { counter.deallocate() }
        var bytes: [UInt8] = []
        var ends: [UInt32] = []
        var weights: [UInt8] = []
        ends.reserveCapacity(counter.table.count)
        weights.reserveCapacity(counter.table.count)
        withUnsafeTemporaryAllocation(byteCount: SearchTermKey.byteCount, alignment: 8) { scratch in
            counter.forEachASCIITerm { key, weight in
                let length = key.store(to: scratch.baseAddress!)
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<length]))
                ends.append(UInt32(bytes.count))
                weights.append(UInt8(weight))
            }
        }
        // Zeros after the last term, so that every term's key can be loaded in place.
        bytes.append(contentsOf: repeatElement(0, count: SearchTermKey.byteCount))
        termBytes = bytes
        termEnds = ends
        self.weights = weights
        unicodeWeights = counter.unicodeWeights
    }

    /// Calls `body` with every ASCII term and its capped weight, in the order they were first read.
    func forEachASCIITerm(_ body: (SearchTermKey, Int32) -> Void) {
        termBytes.withUnsafeBufferPointer { bytes in
            for index in termEnds.indices {
                let start = index == 0 ? 0 : Int(termEnds[index - 1])
                body(SearchTermKey(loading: bytes.baseAddress! + start, length: Int(termEnds[index]) - start), Int32(weights[index]))
            }
        }
    }
}
