/// The search index, written at build time as JavaScript files that the search box loads with
/// `<script src>` on first use (Chromium blocks `fetch()` of local files from `file://`).
///
/// It is sharded so that a query loads little even at 10,000 pages:
/// - `search/index.js`, the manifest: the number of documents, the block size and the list of
///   term shards that exist (so the browser never asks for a missing file);
/// - `search/t-<xx>.js`, one shard per first two characters of a term: term → postings
///   `[document, weight, document, weight, …]`, the best `maximumPostings` documents only;
/// - `search/d<n>.js`, documents in blocks of `blockSize`: path, kind, title and bounded summary,
///   headings and body excerpt, which the results show with the matching words marked.
///
/// Every word of titles, headings, summaries and bodies is a term; weights favour titles, then
/// headings, then summaries, then the body (`SearchTermCounter`). All text goes through
/// `ScriptJSON`.
struct SearchIndex {
    static let folder = "search"
    static let manifestPath = "search/index.js"

    var blockSize = 16
    var maximumPostings = 40
    var excerptLength = 280
    var summaryLength = 240
    var headingsLength = 200

    /// The files of the index for these documents, in a deterministic order.
    func files(for documents: [SearchDocument], jobs: Int = 1, cache: BuildCache? = nil) -> [OutputFile] {
        files(making: documents.map { document in { document } }, jobs: jobs, cache: cache)
    }

    /// Documents weighed before the index is made (the practices a build weighs as it writes
    /// their pages): each thread's postings, and the record of each document by number. A class
    /// that frees the postings when the last reference goes, whichever way the build ends.
    final class Weighed {
        let threads: [SearchTermPostings]
        let records: [Int: [String]]

        init(threads: [SearchTermPostings] = [], records: [Int: [String]] = [:]) {
            self.threads = threads
            self.records = records
        }

        deinit {
            threads.forEach { $0.deallocate() }
        }
    }

    /// The files of the index for the documents these closures make, in a deterministic order;
    /// a nil closure stands for a document of `weighed`. Each document is made, weighed and cut
    /// to its record in one parallel step, so the full text of every page is never held at once,
    /// and its terms go straight into its thread's postings; the merge into shards and the
    /// per-file work run on `jobs` threads too.
    func files(making documents: [(() -> SearchDocument)?], weighed: Weighed = Weighed(), jobs: Int = 1, cache: BuildCache? = nil) -> [OutputFile] {
        let (records, threads) = Parallel.map(documents.count, jobs: jobs, state: { SearchTermPostings(maximumPostings: maximumPostings) }) {
            postings, index -> [String] in
            guard let make = documents[index] else { return weighed.records[index] ?? [] }
            let document = make()
            if let cache {
                let inputs = [document.title, document.summary, document.body.source] + document.headings
                postings.add(cache.memo(.searchTerms, document.path, input: inputs) { SearchDocumentTerms(document) }, document: index)
            } else {
                postings.weigh(document, number: index)
            }
            return record(document)
        }
        defer { threads.forEach { $0.deallocate() } }
        let shards = SearchShard.merge(threads + weighed.threads, maximumPostings: maximumPostings, jobs: jobs)
        var files = Parallel.map(shards.count, jobs: jobs) { shardFile(shards[$0]) }
        let blocks = (records.count + blockSize - 1) / blockSize
        files += Parallel.map(blocks, jobs: jobs) { block -> OutputFile in
            blockFile(block, Array(records[(block * blockSize)..<min(records.count, (block + 1) * blockSize)]))
        }
        let manifest = "{\"docs\":\(records.count),\"block\":\(blockSize),\"shards\":"
            + ScriptJSON.array(shards.map { ScriptJSON.string($0.name) }) + "}"
        files.append(script(Self.manifestPath, kind: "i", key: "0") { $0 += manifest.utf8 })
        return files
    }

    /// What the results list shows of a document: path, kind, title, summary, headings and
    /// excerpt, every text bounded.
    func record(_ document: SearchDocument) -> [String] {
        [
            document.path, document.kind.rawValue, document.title,
            Self.bounded(document.summary, to: summaryLength),
            Self.bounded(document.headings.joined(separator: " · "), to: headingsLength),
            document.body.excerpt(excerptLength),
        ]
    }

    static func shardPath(_ name: String) -> String { "\(folder)/t-\(name).js" }
    static func blockPath(_ block: Int) -> String { "\(folder)/d\(block).js" }

    /// `{"term":[document,weight,…],…}`.
    private func shardFile(_ shard: SearchShard) -> OutputFile {
        script(Self.shardPath(shard.name), kind: "t", key: ScriptJSON.string(shard.name)) { json in
            json.append(UInt8(ascii: "{"))
            for (number, entry) in shard.terms.enumerated() {
                if number > 0 { json.append(UInt8(ascii: ",")) }
                ScriptJSON.appendString(entry.term, to: &json)
                json += [UInt8(ascii: ":"), UInt8(ascii: "[")]
                for (index, posting) in entry.postings.enumerated() {
                    if index > 0 { json.append(UInt8(ascii: ",")) }
                    Self.appendDecimal(Int(posting.document), to: &json)
                    json.append(UInt8(ascii: ","))
                    Self.appendDecimal(Int(posting.weight), to: &json)
                }
                json.append(UInt8(ascii: "]"))
            }
            json.append(UInt8(ascii: "}"))
        }
    }

    /// `[[path, kind, title, summary, headings, excerpt], …]`.
    private func blockFile(_ block: Int, _ records: [[String]]) -> OutputFile {
        script(Self.blockPath(block), kind: "d", key: String(block)) { json in
            json.append(UInt8(ascii: "["))
            for (index, fields) in records.enumerated() {
                if index > 0 { json.append(UInt8(ascii: ",")) }
                json.append(UInt8(ascii: "["))
                for (number, field) in fields.enumerated() {
                    if number > 0 { json.append(UInt8(ascii: ",")) }
                    ScriptJSON.appendString(field, to: &json)
                }
                json.append(UInt8(ascii: "]"))
            }
            json.append(UInt8(ascii: "]"))
        }
    }

    /// `value` (not negative) in decimal digits, appended at once: the shards hold a document
    /// number and a weight for every posting.
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 10 { return bytes.append(UInt8(ascii: "0") + UInt8(value)) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `OpsGuideSearch.add("kind",key,JSON);` with the JSON written by `writeJSON`.
    private func script(_ path: String, kind: String, key: String, _ writeJSON: (inout [UInt8]) -> Void) -> OutputFile {
        var text = Array("OpsGuideSearch.add(\"\(kind)\",\(key),".utf8)
        writeJSON(&text)
        text += ");\n".utf8
        return OutputFile(path: path, contents: .bytes(text))
    }

    /// At most `limit` characters, cut at a word boundary with an ellipsis when shortened.
    /// Counts no further than `limit`: a body can be long.
    static func bounded(_ text: String, to limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        if let bounded = asciiBounded(text, to: limit) { return bounded }
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end != text.endIndex else { return text }
        let cut = text.prefix(limit - 1)
        let word = cut.lastIndex(where: { $0.isWhitespace }).map { cut[..<$0] } ?? cut
        return word.trimmingTrailingPunctuation() + "…"
    }
}

extension SearchIndex {
    /// `bounded` over the bytes of a text whose first `limit` + 1 bytes are ASCII other than
    /// `\r` (so that each is a `Character`, and there are more than `limit`); nil for any other
    /// text.
    private static func asciiBounded(_ text: String, to limit: Int) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.count > limit, !bytes[...limit].contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) else { return nil }
            func isWhitespace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte &- 0x09 <= 0x0D - 0x09 }
            var end = limit - 1
            if let space = bytes[..<end].lastIndex(where: isWhitespace) { end = space }
            func isTrailingPunctuation(_ byte: UInt8) -> Bool {
                isWhitespace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
            }
            while end > 0, isTrailingPunctuation(bytes[end - 1]) { end -= 1 }
            return String(decoding: bytes[..<end], as: UTF8.self) + "…"
        }
    }
}

private extension Substring {
    func trimmingTrailingPunctuation() -> String {
        var text = self
        while let last = text.last, last.isWhitespace || last == "," || last == ";" || last == ":" { text = text.dropLast() }
        return String(text)
    }
}
