/// Where every content file and generated page lands in the site, and relative URLs between them.
///
/// Every URL ends in a file name (`practices/sast.html`, never a bare folder) so the site works
/// from `file://` and from any sub-path.
public struct SiteMap: Sendable {
    public static let home = "index.html"
    public static let methodologyIndex = "methodologies.html"
    public static let practiceIndex = "practices.html"
    public static let matrix = "matrix.html"
    public static let guide = "guide.html"
    public static let notFound = "404.html"
    public static let staticFolder = "static"

    /// Content path (`practices/sast.md`, `assets/a.png`) → output path (`practices/sast.html`).
    private var outputs: [String: String] = [:]

    public init(_ content: LoadedContent) {
        for file in content.markdownFiles + content.refused {
            outputs[file.contentPath] = Self.outputPath(for: file)
        }
        for asset in content.assets {
            outputs[asset.contentPath] = asset.contentPath
        }
    }

    public static func outputPath(for file: SourceFile) -> String {
        switch file.kind {
        case .home: home
        case .guide: guide
        case .methodology: methodology(file.id)
        case .practice: practice(file.id)
        case .page: "pages/\(file.id).html"
        }
    }

    public static func methodology(_ id: String) -> String { "methodologies/\(id).html" }
    public static func practice(_ id: String) -> String { "practices/\(id).html" }
    public static func guideNode(_ id: String) -> String { "guide/\(id).html" }

    public func output(forContentPath path: String) -> String? { outputs[path] }

    /// Every content path the site has.
    public var contentPaths: Set<String> { Set(outputs.keys) }

    /// The prefix that leads from `page` back to the site root: `""` or `"../"`.
    public static func root(from page: String) -> String {
        var page = page
        let depth = page.withUTF8 { bytes in bytes.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } }
        return String(repeating: "../", count: depth)
    }

    /// The relative URL from the page at `from` to the output path `to`, with an optional fragment.
    /// Path segments and the fragment are percent-encoded: asset file names may hold `#`, `?`,
    /// `%` or spaces, which would otherwise change what the URL points at. Measured first and
    /// written straight into the string's storage, most of it in one copy: pages and bodies make
    /// tens of thousands of these per build, and a URL of up to 15 bytes needs no allocation.
    public static func url(from: String, to: String, fragment: String? = nil) -> String {
        if from == to, let fragment { return "#" + percentEncoded(fragment[...]) }
        var from = from, to = to, fragmentText = fragment ?? ""
        let hasFragment = fragment != nil
        return from.withUTF8 { fromBytes in
            to.withUTF8 { toBytes in
                fragmentText.withUTF8 { fragmentBytes in
                    // The longest shared prefix that ends with "/" is the common folder.
                    var common = 0
                    var index = 0
                    while index < fromBytes.count, index < toBytes.count, fromBytes[index] == toBytes[index] {
                        if fromBytes[index] == UInt8(ascii: "/") { common = index + 1 }
                        index += 1
                    }
                    var ups = 0
                    for byte in fromBytes[common...] where byte == UInt8(ascii: "/") { ups += 1 }
                    let target = UnsafeBufferPointer(rebasing: toBytes[common...])
                    let targetCount = encodedCount(target, keepingSlashes: true)
                    let fragmentCount = hasFragment ? 1 + encodedCount(fragmentBytes, keepingSlashes: false) : 0
                    return String(unsafeUninitializedCapacity: 3 * ups + targetCount + fragmentCount) { url in
                        var count = 0
                        for _ in 0..<ups {
                            url[count] = UInt8(ascii: ".")
                            url[count + 1] = UInt8(ascii: ".")
                            url[count + 2] = UInt8(ascii: "/")
                            count += 3
                        }
                        count = writePercentEncoded(target, encodedCount: targetCount, keepingSlashes: true, to: url, at: count)
                        if hasFragment {
                            url[count] = UInt8(ascii: "#")
                            count = writePercentEncoded(fragmentBytes, encodedCount: fragmentCount - 1, keepingSlashes: false, to: url, at: count + 1)
                        }
                        return count
                    }
                }
            }
        }
    }

    /// RFC 3986 unreserved characters and sub-delimiters: safe in a path segment and a fragment.
    private static let urlSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=@".utf8 { table[Int(byte)] = true }
        return table
    }()

    static func percentEncoded(_ text: Substring) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let count = encodedCount(bytes, keepingSlashes: false)
            return String(unsafeUninitializedCapacity: count) { writePercentEncoded(bytes, encodedCount: count, keepingSlashes: false, to: $0, at: 0) }
        }
    }

    /// How many bytes `text` takes percent-encoded (`writePercentEncoded`).
    private static func encodedCount(_ text: UnsafeBufferPointer<UInt8>, keepingSlashes: Bool) -> Int {
        urlSafe.withUnsafeBufferPointer { safe in
            var count = text.count
            for byte in text where !safe[Int(byte)] && !(keepingSlashes && byte == UInt8(ascii: "/")) { count += 2 }
            return count
        }
    }

    /// Writes `text` into `buffer` from `start`, with every byte outside `urlSafe` (and, unless
    /// kept, every `/`) as `%XX`; returns where it ends. `encodedCount` is what `encodedCount`
    /// gave: when nothing needs encoding, the text is copied as it is.
    private static func writePercentEncoded(
        _ text: UnsafeBufferPointer<UInt8>, encodedCount: Int, keepingSlashes: Bool, to buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        guard encodedCount != text.count else {
            if let source = text.baseAddress, let destination = buffer.baseAddress { (destination + start).update(from: source, count: text.count) }
            return start + text.count
        }
        func hex(_ digit: UInt8) -> UInt8 { digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10 }
        return urlSafe.withUnsafeBufferPointer { safe in
            var count = start
            for byte in text {
                if safe[Int(byte)] || (keepingSlashes && byte == UInt8(ascii: "/")) {
                    buffer[count] = byte
                    count += 1
                } else {
                    buffer[count] = UInt8(ascii: "%")
                    buffer[count + 1] = hex(byte >> 4)
                    buffer[count + 2] = hex(byte & 0x0F)
                    count += 3
                }
            }
            return count
        }
    }
}
