import Foundation

/// Resolves a link destination written in a content file against the content folder.
///
/// Authors link to source files (`../practices/sast.md#in-the-ide`) so links also work when the
/// repository is browsed; resolution says which file that is, or why it is not one.
public struct LinkResolver: Sendable {
    public enum Resolution: Equatable {
        /// Left as written: a URL with a scheme (but `file:`), protocol-relative, or empty.
        case external
        /// A fragment of the page itself.
        case samePage(fragment: String)
        /// Another content file (Markdown page or asset) and where it lands in the site.
        case content(path: String, output: String, fragment: String?)
        case failure(String)
    }

    public let siteMap: SiteMap

    public init(siteMap: SiteMap) {
        self.siteMap = siteMap
    }

    /// Resolves `destination` written in the file at `contentPath`. Works on the UTF-8 bytes:
    /// a page has a few dozen links and a site thousands of pages.
    public func resolve(_ destination: String, from contentPath: String) -> Resolution {
        var utf8 = destination
        return utf8.withUTF8 { bytes in
            let scheme = Self.hasScheme(bytes)
            if scheme, bytes.count >= 5, bytes[..<5].elementsEqual("file:".utf8, by: { $0 | 0x20 == $1 }) {
                return .failure("link '\(destination)' leads to a file outside the content folder; copy it into content/assets/ and link to it relative to this file")
            }
            if bytes.isEmpty || scheme || (bytes.count >= 2 && bytes[0] == UInt8(ascii: "/") && bytes[1] == UInt8(ascii: "/")) {
                return .external
            }
            var path = bytes[...]
            var fragment: String?
            if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
                let written = String(decoding: bytes[(hash + 1)...], as: UTF8.self)
                fragment = Self.percentDecoded(written) ?? written
                path = bytes[..<hash]
            }
            if let query = path.firstIndex(of: UInt8(ascii: "?")) { path = path[..<query] }
            if path.isEmpty { return fragment.map { .samePage(fragment: $0) } ?? .external }
            guard path.contains(UInt8(ascii: "%")) else {
                return resolve(UnsafeBufferPointer(rebasing: path), destination: destination, fragment: fragment, from: contentPath)
            }
            guard var decoded = String(decoding: path, as: UTF8.self).removingPercentEncoding else {
                return .failure("link '\(destination)' has invalid percent-encoding")
            }
            return decoded.withUTF8 { resolve($0, destination: destination, fragment: fragment, from: contentPath) }
        }
    }

    /// The content file the decoded path `path` leads to from the file at `contentPath`: its
    /// folder and the path's segments joined in one buffer, `.` and `..` applied on the way.
    private func resolve(_ path: UnsafeBufferPointer<UInt8>, destination: String, fragment: String?, from contentPath: String) -> Resolution {
        if path.first == UInt8(ascii: "/") {
            return .failure("link '\(destination)' is an absolute path; link relative to this file, e.g. '../practices/x.md'")
        }
        if path.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 0 }) {
            return .failure("link '\(destination)' contains a backslash or NUL; use '/' between folders")
        }
        var contentPath = contentPath
        var leavesContent = false
        let target = contentPath.withUTF8 { file in
            let folderEnd = file.lastIndex(of: UInt8(ascii: "/")) ?? 0
            return String(unsafeUninitializedCapacity: folderEnd + 1 + path.count) { target in
                var count = UnsafeMutableBufferPointer(rebasing: target[..<folderEnd]).initialize(from: file[..<folderEnd]).1
                var partStart = 0
                while partStart <= path.count {
                    let partEnd = path.index(of: UInt8(ascii: "/"), from: partStart) ?? path.count
                    let part = UnsafeBufferPointer(rebasing: path[partStart..<partEnd])
                    partStart = partEnd + 1
                    if part.isEmpty || (part.count == 1 && part[0] == UInt8(ascii: ".")) { continue }
                    if part.count == 2, part[0] == UInt8(ascii: "."), part[1] == UInt8(ascii: ".") {
                        guard count > 0 else {
                            leavesContent = true
                            return 0
                        }
                        count = target[..<count].lastIndex(of: UInt8(ascii: "/")) ?? 0
                        continue
                    }
                    if count > 0 {
                        target[count] = UInt8(ascii: "/")
                        count += 1
                    }
                    count = UnsafeMutableBufferPointer(rebasing: target[count...]).initialize(from: part).1 + count
                }
                return count
            }
        }
        if leavesContent { return .failure("link '\(destination)' leads outside the content folder") }
        guard let output = siteMap.output(forContentPath: target) else {
            return .failure("link to missing file '\(target)'\(Self.hint(for: target))")
        }
        return .content(path: target, output: output, fragment: fragment)
    }

    /// `removingPercentEncoding`, skipped when there is no `%` to decode (looked for in the
    /// bytes: the generic `utf8.contains` cost a thousand instructions per link).
    static func percentDecoded(_ text: String) -> String? {
        var bytes = text
        let hasPercent = bytes.withUTF8 { $0.index(of: UInt8(ascii: "%"), from: 0) != nil }
        return hasPercent ? text.removingPercentEncoding : text
    }

    static func hasScheme(_ url: String) -> Bool {
        var url = url
        return url.withUTF8(hasScheme)
    }

    /// Whether the URL starts with a scheme: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    static func hasScheme(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = url.firstIndex(of: UInt8(ascii: ":")) else { return false }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard colon > 0, isLetter(url[0]) else { return false }
        return url[..<colon].allSatisfy {
            isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    private static func hint(for target: String) -> String {
        if target.hasSuffix(".html") { return "; link to the source '.md' file instead of the generated page" }
        return ""
    }
}
