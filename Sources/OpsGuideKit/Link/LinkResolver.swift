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
        /// Another content file (Markdown page or asset).
        case content(path: String, fragment: String?)
        case failure(String)
    }

    public let siteMap: SiteMap

    public init(siteMap: SiteMap) {
        self.siteMap = siteMap
    }

    /// Resolves `destination` written in the file at `contentPath`.
    public func resolve(_ destination: String, from contentPath: String) -> Resolution {
        if Self.hasScheme(destination), destination.lowercased().hasPrefix("file:") {
            return .failure("link '\(destination)' leads to a file outside the content folder; copy it into content/assets/ and link to it relative to this file")
        }
        if destination.isEmpty || Self.hasScheme(destination) || destination.hasPrefix("//") { return .external }
        var path = destination[...]
        var fragment: String?
        if let hash = destination.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(destination[destination.utf8.index(after: hash)...])
            path = destination[..<hash]
        }
        if let query = path.utf8.firstIndex(of: UInt8(ascii: "?")) { path = path[..<query] }
        if path.isEmpty {
            return fragment.map { .samePage(fragment: Self.percentDecoded($0) ?? $0) } ?? .external
        }
        guard let decoded = Self.percentDecoded(String(path)) else {
            return .failure("link '\(destination)' has invalid percent-encoding")
        }
        if decoded.hasPrefix("/") {
            return .failure("link '\(destination)' is an absolute path; link relative to this file, e.g. '../practices/x.md'")
        }
        if decoded.utf8.contains(UInt8(ascii: "\\")) || decoded.utf8.contains(0) {
            return .failure("link '\(destination)' contains a backslash or NUL; use '/' between folders")
        }
        var parts = contentPath.utf8.split(separator: UInt8(ascii: "/")).dropLast().map { String(Substring($0)) }
        for part in decoded.utf8.split(separator: UInt8(ascii: "/")) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                if parts.isEmpty { return .failure("link '\(destination)' leads outside the content folder") }
                parts.removeLast()
                continue
            }
            parts.append(String(Substring(part)))
        }
        let target = parts.joined(separator: "/")
        guard siteMap.output(forContentPath: target) != nil else {
            return .failure("link to missing file '\(target)'\(Self.hint(for: target))")
        }
        return .content(path: target, fragment: fragment.map { Self.percentDecoded($0) ?? $0 })
    }

    /// `removingPercentEncoding`, skipped when there is no `%` to decode.
    static func percentDecoded(_ text: String) -> String? {
        text.utf8.contains(UInt8(ascii: "%")) ? text.removingPercentEncoding : text
    }

    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = url.utf8[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let first = scheme.first, isLetter(first) else { return false }
        return scheme.allSatisfy {
            isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    private static func hint(for target: String) -> String {
        if target.hasSuffix(".html") { return "; link to the source '.md' file instead of the generated page" }
        return ""
    }
}
