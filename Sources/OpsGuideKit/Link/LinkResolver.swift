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
        var path = destination
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        if path.isEmpty {
            return fragment.map { .samePage(fragment: $0.removingPercentEncoding ?? $0) } ?? .external
        }
        guard let decoded = path.removingPercentEncoding else {
            return .failure("link '\(destination)' has invalid percent-encoding")
        }
        if decoded.hasPrefix("/") {
            return .failure("link '\(destination)' is an absolute path; link relative to this file, e.g. '../practices/x.md'")
        }
        if decoded.contains("\\") || decoded.contains("\0") {
            return .failure("link '\(destination)' contains a backslash or NUL; use '/' between folders")
        }
        var parts = contentPath.split(separator: "/").dropLast().map(String.init)
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if parts.isEmpty { return .failure("link '\(destination)' leads outside the content folder") }
                parts.removeLast()
                continue
            }
            parts.append(String(part))
        }
        let target = parts.joined(separator: "/")
        guard siteMap.output(forContentPath: target) != nil else {
            return .failure("link to missing file '\(target)'\(Self.hint(for: target))")
        }
        return .content(path: target, fragment: fragment.map { $0.removingPercentEncoding ?? $0 })
    }

    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    private static func hint(for target: String) -> String {
        if target.hasSuffix(".html") { return "; link to the source '.md' file instead of the generated page" }
        return ""
    }
}
