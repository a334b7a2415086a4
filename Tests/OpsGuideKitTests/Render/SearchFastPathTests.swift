import Testing
@testable import OpsGuideKit

/// The byte-level fast paths of the search index give exactly what the `Character` and
/// `Unicode.Scalar` paths give (and what the index gave before it had them): on ASCII, on other
/// scripts, on combining marks, canonical equivalents and hostile markup. Random inputs come from
/// a fixed seed, so a failure replays.
@Suite struct SearchFastPathTests {
    /// SplitMix64.
    struct Generator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// `count` texts, each up to `length` pieces drawn from `pieces`.
    static func texts(_ pieces: [String], count: Int, length: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...length, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    static let wordPieces = [
        "a", "Z", "q", "9", "07", " ", ".", "-", "_", "/", "Pipeline", "the", "The", "AND", "with", "of", "is",
        String(repeating: "x", count: 31), String(repeating: "Y", count: 33), "é", "e\u{301}", "\u{301}", ".\u{301}",
        "ß", "İ", "\u{212A}", "\u{37E}", "\u{1FEF}", "日本", "語", "한국어", "—", "’", "Ω", "ΟΔΟΣ", "１２", "²", "ⅷ",
        "😀", "👍🏽", "\u{200D}", "\u{0E33}", "\u{0600}", "\u{A0}", "\n", "\r\n", "ǅ", "ﬁ", "Å", "\u{212B}",
        "x\u{308}", "\u{0958}", "\u{0915}\u{093C}", "\u{0345}", "café", "naïve", "Déploiement", "straße",
    ]

    @Test func tokenizerRunsGiveTheTermsOfTheWholeText() {
        let examples = [
            "Déploiement CI/CD of the Ünïcode pipeline", "日本語 x 42", "foo—bar baz’s", "ΟΔΟΣ ΚΑΙ", "\u{212A}elvin K",
            "a.\u{301}b", "İstanbul", "ﬁnance", String(repeating: "é", count: 40), "the THE tHe an AN",
        ]
        for text in examples + Self.texts(Self.wordPieces, count: 3_000, length: 12, seed: 1) {
            #expect(SearchTokenizer.terms(text) == SearchTokenizer.unicodeTerms(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The stop word table tells every stop word, and every other word of up to four letters
    /// and digits (and some longer ones), apart as the set of stop words does.
    @Test func stopWordKeysAgreeWithTheSet() {
        let stopWords = SearchTokenizer.asciiStopWords
        let characters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var words = SearchTokenizer.stopWords.map { $0 } + ["there", "these", "andy", "tha", "th", "ofs", "wasx", "pipeline"]
        for first in characters { for second in characters { words += [String([first, second]), String([first, second, "e"]), String([first, second, "s", "e"])] } }
        for word in words {
            var bytes = word
            let key = bytes.withUTF8 { SearchTermKey($0) }
            #expect(stopWords.contains(key) == SearchTokenizer.stopWords.contains(word), "\(word)")
            #expect(stopWords.contains(firstWord: key.firstWord) == SearchTokenizer.stopWords.contains(word), "\(word)")
        }
    }

    @Test func termKeysHoldTheTermsBytes() {
        for term in ["ab", "pipeline", "deployments", "x9", String(repeating: "z", count: 32)] {
            var bytes = term
            let key = bytes.withUTF8 { SearchTermKey($0) }
            #expect(key.string == term)
            #expect(key.head == (term.utf8.first!, term.utf8.dropFirst().first!))
            #expect(key == term.utf8.withContiguousStorageIfAvailable { SearchTermKey($0) })
        }
        var short = "ab"
        var longer = "ab0"
        #expect(short.withUTF8 { SearchTermKey($0) } != longer.withUTF8 { SearchTermKey($0) })
    }

    static let markupPieces = [
        "<p>", "</p>", "<P>", "<h2 id=\"x\">", "</h2>", "<H3>", "</h3>", "<h1>", "</H1>", "<h10>", "<br/>", "<br />",
        "<em>", "</em>", "<a href=\"x\">", "</a>", "<blockquote>", "</BLOCKQUOTE>", "<li>", "<hr>", "<td>", "<div class=a>",
        "<//p>", "<p/>", "<", ">", "&", ";", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#39;", "&#x41;", "&#X41;",
        "&#65;", "&#+65;", "&#-0;", "&#1234567890;", "&amp", "&nbsp;", "&#10;", "&#9;", "&#32;", "&#0;", "&#233;",
        "&#769;", "&#x2028;", " ", "  ", "\n", "\t", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{7F}", "word", "Text",
        "x", "/", "//", "#", "a&b",
    ]

    @Test func asciiPlainTextIsTheCharacterPathsText() {
        var decodedBeyondASCII = 0
        for html in Self.texts(Self.markupPieces, count: 4_000, length: 16, seed: 2) {
            for skippingHeadings in [false, true] {
                let character = HTMLText.characterPlainText(html, skippingHeadings: skippingHeadings)
                if let ascii = HTMLText.asciiPlainText(html, skippingHeadings: skippingHeadings) {
                    #expect(ascii == character, "\(html.debugDescription)")
                } else {
                    decodedBeyondASCII += 1
                }
                #expect(HTMLText.plainText(html, skippingHeadings: skippingHeadings) == character)
            }
        }
        #expect(decodedBeyondASCII > 0)
        #expect(HTMLText.asciiPlainText("<p>caf\u{E9}</p>", skippingHeadings: false) == nil)
        #expect(HTMLText.plainText("<p>Caf\u{E9} <em>d\u{E9}j\u{E0}</em></p><p>\u{A0}vu\u{2003}</p>") == "Caf\u{E9} d\u{E9}j\u{E0} vu")
    }

    /// `ScriptJSON.string` as it was written before, a scalar at a time.
    static func referenceString(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": result += referenceEscape(scalar)
            default: if scalar.value < 0x20 { result += referenceEscape(scalar) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    static func referenceEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    @Test func scriptJSONEscapesAsTheScalarLoopDid() {
        let pieces = [
            "a", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", "<", ">", "&", "\u{2028}", "\u{2029}", "—", "€",
            "\u{2027}", "\u{202A}", "\u{E2}", "日本", "😀", "é", " ", "</script>",
        ]
        for text in Self.texts(pieces, count: 2_000, length: 10, seed: 3) {
            #expect(ScriptJSON.string(text) == Self.referenceString(text))
            let escaped = text.unicodeScalars.map { ["<", ">", "&", "\u{2028}", "\u{2029}"].contains($0) ? Self.referenceEscape($0) : String($0) }
            #expect(ScriptJSON.escape(text) == escaped.joined())
        }
    }

    /// `SearchIndex.bounded` as it was written before, counting every character.
    static func referenceBounded(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        var word = cut.lastIndex(where: { $0.isWhitespace }).map { cut[..<$0] } ?? cut
        while let last = word.last, last.isWhitespace || last == "," || last == ";" || last == ":" { word = word.dropLast() }
        return String(word) + "…"
    }

    @Test func boundedCutsAsCountingEveryCharacterDid() {
        let pieces = ["word", "a", " ", "  ", ",", ";", ":", "\r\n", "\r", "\n", "\t", "\u{1C}", "é", "e\u{301}", "日本", "\u{A0}", "x"]
        for (number, text) in Self.texts(pieces, count: 2_000, length: 14, seed: 4).enumerated() {
            let limit = 1 + number % 24
            #expect(SearchIndex.bounded(text, to: limit) == Self.referenceBounded(text, to: limit), "\(text.debugDescription) \(limit)")
        }
    }

    @Test func bestPostingsAreTheFirstOfAFullSort() {
        var generator = Generator(state: 5)
        for _ in 0..<500 {
            let count = Int.random(in: 0...120, using: &generator)
            let maximumWeight = Int32.random(in: 1...99, using: &generator)
            let postings = (0..<count).map { SearchPosting(document: Int32($0), weight: Int32.random(in: 1...maximumWeight, using: &generator)) }
            let limit = Int.random(in: 1...60, using: &generator)
            #expect(SearchShard.best(postings[...], count: limit) == Array(postings.sorted(by: SearchPosting.ranks).prefix(limit)))
        }
    }

    /// Keeping each term's best postings as the documents stream past gives the first postings
    /// of a full sort, for several terms interleaved and documents in any order (each thread of
    /// the build gets its own, and the threads' postings are merged in no set order).
    @Test func streamedBestPostingsAreTheFirstOfAFullSort() {
        var generator = Generator(state: 6)
        for _ in 0..<300 {
            let limit = Int.random(in: 1...12, using: &generator)
            let termCount = Int.random(in: 1...5, using: &generator)
            let maximumWeight = Int32.random(in: 1...20, using: &generator)
            // Room for one term at first: the buffers grow as terms come.
            var top = SearchTopPostings(limit: limit, capacity: 1)
            defer { top.deallocate() }
            var all = [[SearchPosting]](repeating: [], count: termCount)
            var order: [Int] = []
            for document in (0..<Int.random(in: 0...80, using: &generator)).shuffled(using: &generator) {
                for term in 0..<termCount where Bool.random(using: &generator) {
                    let posting = SearchPosting(document: Int32(document), weight: Int32.random(in: 1...maximumWeight, using: &generator))
                    if !order.contains(term) { order.append(term) }
                    top.add(posting, toTerm: order.firstIndex(of: term)!)
                    all[term].append(posting)
                }
            }
            for (number, term) in order.enumerated() {
                #expect(top.best(ofTerm: number) == Array(all[term].sorted(by: SearchPosting.ranks).prefix(limit)))
            }
        }
    }

    /// The term shards as the index wrote them before: a `[String: Int]` of weights per
    /// document through `unicodeTerms`, one serial merge into `[String: [(document, weight)]]`,
    /// every posting list sorted.
    static func referenceShards(_ documents: [SearchDocument], maximumPostings: Int) -> [String: String] {
        let weights = documents.map { document -> [String: Int] in
            var weights: [String: Int] = [:]
            func add(_ text: String, _ weight: Int) {
                for term in SearchTokenizer.unicodeTerms(text) { weights[term, default: 0] += weight }
            }
            add(document.title, 12)
            for heading in document.headings { add(heading, 5) }
            add(document.summary, 4)
            add(document.body.source, 1)
            return weights.mapValues { min($0, 99) }
        }
        var postings: [String: [(document: Int, weight: Int)]] = [:]
        for (number, terms) in weights.enumerated() {
            for (term, weight) in terms { postings[term, default: []].append((number, weight)) }
        }
        var shards: [String: [String]] = [:]
        for term in postings.keys.sorted() { shards[SearchTokenizer.shard(of: term), default: []].append(term) }
        return shards.mapValues { terms in
            "{" + terms.map { term in
                let best = postings[term]!.sorted { ($0.weight, -$0.document) > ($1.weight, -$1.document) }.prefix(maximumPostings)
                return referenceString(term) + ":[" + best.flatMap { [String($0.document), String($0.weight)] }.joined(separator: ",") + "]"
            }.joined(separator: ",") + "}"
        }
    }

    @Test func shardsAreWhatTheSerialMergeWrote() {
        let texts = Self.texts(Self.wordPieces + ["deploy", "Monitor", "review", "release", "ΟΔΟΣ"], count: 400, length: 30, seed: 6)
        let documents = (0..<80).map { number in
            SearchDocument(
                path: "p\(number).html", kind: .page, title: texts[number], summary: texts[80 + number],
                headings: [texts[160 + number], texts[240 + number]], body: .text(texts[320 + number] + " " + texts[(number * 7) % 400]))
        }
        for jobs in [1, 3] {
            let index = SearchIndex(maximumPostings: 5)
            let files = index.files(for: documents, jobs: jobs).filter { $0.path.hasPrefix("search/t-") }
            let reference = Self.referenceShards(documents, maximumPostings: 5)
            #expect(Set(files.map(\.path)) == Set(reference.keys.map(SearchIndex.shardPath)))
            for (name, json) in reference {
                let file = files.first { $0.path == SearchIndex.shardPath(name) }
                #expect(file.map(SearchIndexTests.text) == "OpsGuideSearch.add(\"t\",\(Self.referenceString(name)),\(json));\n", "\(name)")
            }
        }
    }
}
