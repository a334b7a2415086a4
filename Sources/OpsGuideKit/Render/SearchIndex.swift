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
/// headings, then summaries, then the body. All text goes through `ScriptJSON`.
struct SearchIndex {
    static let folder = "search"
    static let manifestPath = "search/index.js"

    var blockSize = 16
    var maximumPostings = 40
    var excerptLength = 280
    var summaryLength = 240
    var headingsLength = 200

    /// The files of the index for these documents, in a deterministic order; the per-document
    /// and per-file work runs on `jobs` threads.
    func files(for documents: [SearchDocument], jobs: Int = 1, cache: BuildCache? = nil) -> [OutputFile] {
        let weights = Parallel.map(documents.count, jobs: jobs) { index -> [String: Int] in
            let document = documents[index]
            guard let cache else { return Self.weights(of: document) }
            let text = ([document.title, document.summary, document.body] + document.headings).joined(separator: "\u{0}")
            return cache.memo("search-weights:" + document.path, text: text) { Self.weights(of: document) }
        }
        var postings: [String: [(document: Int, weight: Int)]] = [:]
        for (number, terms) in weights.enumerated() {
            for (term, weight) in terms {
                postings[term, default: []].append((number, weight))
            }
        }
        var shards: [String: [String]] = [:]
        for term in postings.keys.sorted() {
            shards[SearchTokenizer.shard(of: term), default: []].append(term)
        }
        let shardNames = shards.keys.sorted()
        var files = Parallel.map(shardNames.count, jobs: jobs) { index -> OutputFile in
            let name = shardNames[index]
            let entries = shards[name, default: []].map { term -> String in
                let best = postings[term, default: []]
                    .sorted { ($0.weight, -$0.document) > ($1.weight, -$1.document) }
                    .prefix(maximumPostings)
                return ScriptJSON.string(term) + ":" + ScriptJSON.array(best.flatMap { [String($0.document), String($0.weight)] })
            }
            return script(Self.shardPath(name), kind: "t", key: ScriptJSON.string(name), "{" + entries.joined(separator: ",") + "}")
        }
        let blocks = (documents.count + blockSize - 1) / blockSize
        files += Parallel.map(blocks, jobs: jobs) { block -> OutputFile in
            let slice = documents[(block * blockSize)..<min(documents.count, (block + 1) * blockSize)]
            return script(Self.blockPath(block), kind: "d", key: String(block), ScriptJSON.array(slice.map(record)))
        }
        let manifest = "{\"docs\":\(documents.count),\"block\":\(blockSize),\"shards\":"
            + ScriptJSON.array(shardNames.map(ScriptJSON.string)) + "}"
        files.append(script(Self.manifestPath, kind: "i", key: "0", manifest))
        return files
    }

    static func shardPath(_ name: String) -> String { "\(folder)/t-\(name).js" }
    static func blockPath(_ block: Int) -> String { "\(folder)/d\(block).js" }

    /// Term → weight for one document: 12 per title occurrence, 5 per heading, 4 per summary,
    /// 1 per body occurrence, capped at 99.
    static func weights(of document: SearchDocument) -> [String: Int] {
        var weights: [String: Int] = [:]
        func add(_ text: String, _ weight: Int) {
            for term in SearchTokenizer.terms(text) { weights[term, default: 0] += weight }
        }
        add(document.title, 12)
        for heading in document.headings { add(heading, 5) }
        add(document.summary, 4)
        add(document.body, 1)
        return weights.mapValues { min($0, 99) }
    }

    /// `[path, kind, title, summary, headings, excerpt]`, every text bounded.
    private func record(_ document: SearchDocument) -> String {
        ScriptJSON.array([
            ScriptJSON.string(document.path),
            ScriptJSON.string(document.kind.rawValue),
            ScriptJSON.string(document.title),
            ScriptJSON.string(Self.bounded(document.summary, to: summaryLength)),
            ScriptJSON.string(Self.bounded(document.headings.joined(separator: " · "), to: headingsLength)),
            ScriptJSON.string(Self.bounded(document.body, to: excerptLength)),
        ])
    }

    private func script(_ path: String, kind: String, key: String, _ json: String) -> OutputFile {
        OutputFile(path: path, contents: .text("OpsGuideSearch.add(\"\(kind)\",\(key),\(json));\n"))
    }

    /// At most `limit` characters, cut at a word boundary with an ellipsis when shortened.
    static func bounded(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let word = cut.lastIndex(where: { $0.isWhitespace }).map { cut[..<$0] } ?? cut
        return word.trimmingTrailingPunctuation() + "…"
    }
}

private extension Substring {
    func trimmingTrailingPunctuation() -> String {
        var text = self
        while let last = text.last, last.isWhitespace || last == "," || last == ";" || last == ":" { text = text.dropLast() }
        return String(text)
    }
}
