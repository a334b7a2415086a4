import Foundation
import Testing
@testable import OpsGuideKit

/// The search index: every body word is a term, stored text is bounded, postings are capped,
/// the files stay small, and no content can break out of the script they live in.
@Suite struct SearchIndexTests {
    static func document(_ number: Int, title: String? = nil, body: String? = nil) -> SearchDocument {
        SearchDocument(
            path: "practices/p\(number).html", kind: .practice, title: title ?? "Practice \(number)",
            summary: "Summary of practice \(number).", headings: ["What it is", "How to start"],
            body: .text(body ?? "Pipelines and monitoring for team \(number). " + String(repeating: "Shared words repeat here. ", count: 40)))
    }

    static func text(_ file: OutputFile) -> String {
        guard case .bytes(let bytes) = file.contents else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The JSON argument of `OpsGuideSearch.add(kind, key, JSON);` in the file at `path`.
    static func payload(_ files: [String: OutputFile], _ path: String) throws -> Any {
        let file = try #require(files[path])
        let text = Self.text(file)
        let start = try #require(text.firstIndex(where: { $0 == "{" || $0 == "[" }))
        let end = try #require(text.range(of: ");\n", options: .backwards)).lowerBound
        return try JSONSerialization.jsonObject(with: Data(text[start..<end].utf8), options: [.fragmentsAllowed])
    }

    static func payload<T>(_ files: [String: OutputFile], _ path: String, as type: T.Type) throws -> T {
        let value = try payload(files, path)
        return try #require(value as? T)
    }

    static func files(_ documents: [SearchDocument], index: SearchIndex = SearchIndex()) -> [String: OutputFile] {
        Dictionary(uniqueKeysWithValues: index.files(for: documents).map { ($0.path, $0) })
    }

    @Test func aWordDeepInTheBodyIsATermButOnlyABoundedExcerptIsStored() throws {
        let body = String(repeating: "Filler sentence about delivery. ", count: 200) + "The zeppelinword closes it."
        let files = Self.files([Self.document(0, body: body)])
        let shard = try Self.payload(files, "search/t-ze.js", as: [String: [Int]].self)
        #expect(shard["zeppelinword"] == [0, 1])
        let block = try Self.payload(files, "search/d0.js", as: [[String]].self)
        let excerpt = block[0][5]
        #expect(excerpt.count <= SearchIndex().excerptLength)
        #expect(excerpt.hasSuffix("…"))
        #expect(!excerpt.contains("zeppelinword"))
        #expect(block[0].prefix(4) == ["practices/p0.html", "p", "Practice 0", "Summary of practice 0."])
        #expect(block[0][4] == "What it is · How to start")
    }

    @Test func weightsFavourTitlesThenHeadingsThenSummariesThenBodies() throws {
        let files = Self.files([SearchDocument(
            path: "x.html", kind: .page, title: "Alpha", summary: "gamma", headings: ["Beta"], body: "delta delta alpha")])
        let weights = try ["al", "be", "ga", "de"].reduce(into: [String: [Int]]()) { weights, shard in
            weights.merge(try Self.payload(files, "search/t-\(shard).js", as: [String: [Int]].self)) { $1 }
        }
        #expect(weights == ["alpha": [0, 13], "beta": [0, 5], "gamma": [0, 4], "delta": [0, 2]])
    }

    @Test func weightsAreCappedAt99() throws {
        let files = Self.files([Self.document(0, title: "Echo", body: String(repeating: "echo ", count: 150))])
        let shard = try Self.payload(files, "search/t-ec.js", as: [String: [Int]].self)
        #expect(shard["echo"] == [0, 99])
    }

    @Test func postingsAreCappedAndTheBestDocumentsKept() throws {
        var documents = (0..<100).map { Self.document($0) }
        documents[57].title = "Monitoring"
        let index = SearchIndex(maximumPostings: 10)
        let files = Self.files(documents, index: index)
        let shard = try Self.payload(files, "search/t-mo.js", as: [String: [Int]].self)
        let postings = try #require(shard["monitoring"])
        #expect(postings.count == 20)
        #expect(Array(postings.prefix(2)) == [57, 13])
        #expect(Array(postings[2...3]) == [0, 1])
    }

    @Test func documentsComeInBlocksAndTheManifestListsEveryShard() throws {
        let files = Self.files((0..<40).map { Self.document($0) })
        let manifest = try Self.payload(files, SearchIndex.manifestPath, as: [String: Any].self)
        #expect(manifest["docs"] as? Int == 40)
        #expect(manifest["block"] as? Int == 16)
        let shards = try #require(manifest["shards"] as? [String])
        #expect(Set(shards.map { "search/t-\($0).js" }) == Set(files.keys.filter { $0.contains("/t-") }))
        #expect(Set(files.keys.filter { $0.contains("/d") }) == ["search/d0.js", "search/d1.js", "search/d2.js"])
        #expect(try Self.payload(files, "search/d2.js", as: [[String]].self).count == 8)
    }

    @Test func theIndexStaysCompactAsPagesGrow() {
        let documents = (0..<2_000).map { Self.document($0) }
        let files = SearchIndex().files(for: documents)
        let largest = files.map { Self.text($0).utf8.count }.max() ?? 0
        let manifest = files.first { $0.path == SearchIndex.manifestPath }.map { Self.text($0).utf8.count } ?? 0
        #expect(largest < 16_000, "largest file \(largest) bytes")
        #expect(manifest < 2_000)
    }

    @Test func contentCannotEndTheScriptItLivesIn() throws {
        let hostile = "</script><script>alert(1)</script> \"quoted\" \\ & <!-- \u{2028}\u{2029}"
        let files = Self.files([Self.document(0, title: hostile, body: hostile)])
        for file in files.values {
            let text = Self.text(file)
            #expect(!text.contains("<"), "\(file.path)")
            #expect(!text.contains(">"), "\(file.path)")
            #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"), "\(file.path)")
            #expect(text.hasPrefix("OpsGuideSearch.add(\""))
        }
        let block = try Self.payload(files, "search/d0.js", as: [[String]].self)
        #expect(block[0][2] == hostile)
        #expect(ScriptJSON.string("a\"b\\c\n</script>\u{1}") == "\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u0001\"")
        #expect(ScriptJSON.escape("{\"t\":\"</script>&\u{2028}\"}") == "{\"t\":\"\\u003c/script\\u003e\\u0026\\u2028\"}")
    }

    @Test func tokenizerFoldsCaseAndAccentsAndShardsByTwoCharacters() {
        #expect(SearchTokenizer.terms("Déploiement CI/CD of the Ünïcode pipeline") == ["deploiement", "ci", "cd", "unicode", "pipeline"])
        #expect(SearchTokenizer.terms("日本語 x 42") == ["日本語", "42"])
        #expect(SearchTokenizer.shard(of: "pipeline") == "pi")
        #expect(SearchTokenizer.shard(of: "日本語") == "u65e5-672c")
        #expect(SearchTokenizer.shard(of: "a日") == "u61-65e5")
    }

    @Test func plainTextOfCmarkHTML() {
        #expect(HTMLText.plainText("<h2 id=\"x\">Why</h2>\n<p>A &amp; <em>b</em>, &lt;c&gt; &quot;d&quot; &#39;e&#39;.</p><ul><li>one</li><li>two</li></ul>")
            == "Why A & b, <c> \"d\" 'e'. one two")
        #expect(HTMLText.plainText("<h2 id=\"x\">Why <em>now</em></h2>\n<p>Because.</p>", skippingHeadings: true) == "Because.")
    }

    @Test func boundedCutsAtAWord() {
        #expect(SearchIndex.bounded("short", to: 10) == "short")
        #expect(SearchIndex.bounded("one two three four", to: 10) == "one two…")
    }
}
