/// The search terms of the text of a page's HTML, read in place: the terms `HTMLText.read`
/// (headings skipped) and the plain-text tokenizer give, in the same order, for ASCII HTML
/// without numeric entities, as cmark writes it.
///
/// Reading every byte of every page through `HTMLText.read` and a term buffer was the largest
/// cost of the index. Here the text between two tags is found with `memchr`, a word's key is
/// loaded from the page a word of memory at a time, and only a word that goes on across an
/// inline tag (`foo<em>bar</em>` is `foobar`) is copied.
struct HTMLTermScanner<Sink: SearchTermSink> {
    var sink: Sink
    private let html: UnsafeBufferPointer<UInt8>
    private let stopWords: SearchStopWords
    /// The last word of the previous text, which an inline tag may continue: where it starts in
    /// `html` and its length (0 for none).
    private var pendingStart = 0
    private var pendingLength = 0
    /// The pending word, folded and zero-padded, once a tag has been crossed in it.
    private var joined: UnsafeMutableRawBufferPointer
    private var isJoined = false

    /// Hands `sink` the terms of `html`, which must be ASCII without `&#`.
    static func scan(_ html: UnsafeBufferPointer<UInt8>, stopWords: SearchStopWords, into sink: inout Sink) {
        withUnsafeTemporaryAllocation(byteCount: SearchTermKey.byteCount, alignment: 8) { joined in
            joined.initializeMemory(as: UInt8.self, repeating: 0)
            var scanner = HTMLTermScanner(sink: sink, html: html, stopWords: stopWords, joined: joined)
            scanner.scanPage()
            sink = scanner.sink
        }
    }

    private mutating func scanPage() {
        var inHeading = false
        var index = 0
        while index < html.count {
            let open = html.index(of: UInt8(ascii: "<"), from: index) ?? html.count
            if !inHeading { scanText(from: index, to: open) }
            guard open < html.count else { break }
            guard let close = html.index(of: UInt8(ascii: ">"), from: open + 1) else {
                // An unclosed `<` is text, and so is all that follows it.
                if !inHeading { scanText(from: open, to: html.count) }
                break
            }
            let tag = HTMLText.tagKind(html, from: open + 1, to: close)
            if tag.isBlock { endPendingWord() }
            if tag.isHeading { inHeading = html[open + 1] != UInt8(ascii: "/") }
            index = close + 1
        }
        endPendingWord()
    }

    /// The terms of the text `html[start..<end]`; a word that reaches `end` is left pending.
    private mutating func scanText(from start: Int, to end: Int) {
        guard start < end else { return }
        var index = start
        if pendingLength > 0 {
            let wordEnd = endOfWord(from: index, to: end)
            if wordEnd > index {
                join(from: index, to: wordEnd)
                if wordEnd == end { return }
                index = wordEnd
            }
            endPendingWord()
        }
        while index < end {
            let byte = html[index]
            if Self.isWordByte(byte) {
                let wordEnd = endOfWord(from: index + 1, to: end)
                if wordEnd == end {
                    pendingStart = index
                    pendingLength = end - index
                    return
                }
                add(from: index, length: wordEnd - index)
                index = wordEnd
            } else if byte == UInt8(ascii: "&") {
                index += 1 + HTMLText.namedEntityLength(html, at: index + 1)
            } else {
                index += 1
            }
        }
    }

    /// The end of the word at `start`, at `end` at the latest, which is the end of the page or
    /// a `<`. Eight bytes at a time where eight can be read: a word rarely needs a second look.
    @inline(__always)
    private func endOfWord(from start: Int, to end: Int) -> Int {
        var index = start
        while index + 8 <= html.count {
            let others = ~ByteLanes.alphanumeric(UnsafeRawPointer(html.baseAddress! + index).loadUnaligned(as: UInt64.self)) & ByteLanes.high
            if others != 0 { return min(index + others.trailingZeroBitCount / 8, end) }
            index += 8
        }
        while index < end, Self.isWordByte(html[index]) { index += 1 }
        return min(index, end)
    }

    /// Hands the pending word, if any, to `sink`.
    private mutating func endPendingWord() {
        guard pendingLength > 0 else { return }
        if isJoined {
            let key = SearchTermKey(zeroPadded: joined.baseAddress!)
            joined.initializeMemory(as: UInt8.self, repeating: 0)
            isJoined = false
            if pendingLength <= SearchTokenizer.maximumLength, !stopWords.contains(key) { sink.add(key) }
        } else {
            add(from: pendingStart, length: pendingLength)
        }
        pendingLength = 0
    }

    /// Appends `html[start..<end]` to the pending word, copying it into `joined` first.
    private mutating func join(from start: Int, to end: Int) {
        if !isJoined {
            copyFolded(from: pendingStart, count: pendingLength, at: 0)
            isJoined = true
        }
        copyFolded(from: start, count: end - start, at: pendingLength)
        pendingLength += end - start
    }

    private func copyFolded(from start: Int, count: Int, at offset: Int) {
        for index in 0..<max(0, min(count, SearchTermKey.byteCount - offset)) {
            joined[offset + index] = html[start + index] | 0x20
        }
    }

    /// Hands the word `html[start..<start + length]` to `sink` when it is a term. Most words
    /// have at most eight bytes: their key is one word, checked against the stop words whatever
    /// its length (a branch on the length mispredicted often); a longer word is never one.
    @inline(__always)
    private mutating func add(from start: Int, length: Int) {
        guard length >= SearchTokenizer.minimumLength, length <= SearchTokenizer.maximumLength else { return }
        guard start + SearchTermKey.byteCount <= html.count else { return addNearEnd(from: start, length: length) }
        let memory = UnsafeRawPointer(html.baseAddress! + start)
        if length <= 8 {
            let word = SearchTermKey.foldedFirstWord(memory, length: length)
            if stopWords.contains(firstWord: word) { return }
            sink.add(SearchTermKey(firstWord: word))
        } else {
            sink.add(SearchTermKey(foldingWord: memory, length: length))
        }
    }

    /// `add` for a word too close to the end of the page to load its key in place.
    @inline(never)
    private mutating func addNearEnd(from start: Int, length: Int) {
        let key = withUnsafeTemporaryAllocation(byteCount: SearchTermKey.byteCount, alignment: 8) { copy in
            copy.initializeMemory(as: UInt8.self, repeating: 0)
            copy.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(html)[start..<(start + length)]))
            return SearchTermKey(foldingWord: copy.baseAddress!, length: length)
        }
        if !stopWords.contains(key) { sink.add(key) }
    }

    /// ASCII letters and digits: every byte of a term.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte &- UInt8(ascii: "0") < 10) || ((byte | 0x20) &- UInt8(ascii: "a") < 26)
    }

}
