import CTextScan

/// The search terms of the text of a page's HTML, read in place: the terms `HTMLText.read`
/// (headings skipped) and the plain-text tokenizer give, in the same order, for ASCII HTML
/// without numeric entities, as cmark writes it. Also the terms of ASCII text
/// (`scanText(_:stopWords:into:)`), which has no tags and no entities.
///
/// Reading every byte of every page through `HTMLText.read` and a term buffer was the largest
/// cost of the index. Here the text between two tags is found with `memchr`, a word's key is
/// loaded from the page a word of memory at a time, and only a word that goes on across an
/// inline tag (`foo<em>bar</em>` is `foobar`) is copied.
struct HTMLTermScanner<Sink: SearchTermSink> {
    var sink: Sink
    private let html: UnsafeBufferPointer<UInt8>
    private let stopWords: SearchStopWords
    /// Whether `&` starts an entity (HTML) or is a character like any other (text).
    private let decodesEntities: Bool
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
            var scanner = HTMLTermScanner(sink: sink, html: html, stopWords: stopWords, decodesEntities: true, joined: joined)
            scanner.scanPage()
            sink = scanner.sink
        }
    }

    /// Hands `sink` the terms of the ASCII text `text`: those `SearchTokenizer.forEachTerm(in:)`
    /// gives.
    static func scanText(_ text: UnsafeBufferPointer<UInt8>, stopWords: SearchStopWords, into sink: inout Sink) {
        withUnsafeTemporaryAllocation(byteCount: SearchTermKey.byteCount, alignment: 8) { joined in
            joined.initializeMemory(as: UInt8.self, repeating: 0)
            var scanner = HTMLTermScanner(sink: sink, html: text, stopWords: stopWords, decodesEntities: false, joined: joined)
            scanner.scanText(from: 0, to: text.count)
            scanner.endPendingWord()
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
    ///
    /// Words are found in masks of 64 bytes (`opsguide_alphanumeric_mask`): a word starts at
    /// the lowest set bit and ends at the next clear one. A word right after `&` is the name of
    /// an entity when `HTMLText.namedEntityLength` knows it, and is no word then.
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
        let first = index
        var base = index
        var mask = wordMask(at: base, to: end)
        while true {
            while mask == 0 {
                base += 64
                guard base < end else { return }
                mask = wordMask(at: base, to: end)
            }
            let offset = mask.trailingZeroBitCount
            let wordStart = base + offset
            // The bits from the word's start on that are not the word's: the lowest is its end.
            let after = ~mask & (UInt64.max << UInt64(offset))
            let wordEnd: Int
            if after == 0 {
                wordEnd = endOfWord(from: base + 64, to: end)
                base = wordEnd
                mask = wordEnd < end ? wordMask(at: base, to: end) : 0
            } else {
                let length = after.trailingZeroBitCount
                wordEnd = base + length
                mask &= UInt64.max << UInt64(length)
            }
            if decodesEntities, wordStart > first, html[wordStart - 1] == UInt8(ascii: "&"), HTMLText.namedEntityLength(html, at: wordStart) > 0 {
                continue
            }
            if wordEnd == end {
                pendingStart = wordStart
                pendingLength = end - wordStart
                return
            }
            add(from: wordStart, length: wordEnd - wordStart)
        }
    }

    /// Which bytes of `html[base..<min(base + 64, end)]` are letters or digits: bit i for `base + i`.
    @inline(__always)
    private func wordMask(at base: Int, to end: Int) -> UInt64 {
        let mask = opsguide_alphanumeric_mask(html.baseAddress! + base, html.count - base)
        let remaining = end - base
        return remaining >= 64 ? mask : mask & ((1 << UInt64(remaining)) - 1)
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
