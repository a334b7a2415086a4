/// Turns a request's raw, percent-encoded path into a path inside the site, or refuses it.
///
/// The preview serves only files it generated, from memory, so nothing outside the site can be
/// reached anyway; this still answers 404 to every traversal form (`/../`, `%2e%2e`,
/// `%252e%252e`, backslashes, NUL) instead of normalizing them into something that exists.
enum SitePath {
    static func resolve(_ rawPath: String) -> String? {
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return nil }
        if decoded.contains("%") || decoded.contains("\\") || decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return nil
        }
        var segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        if segments.last == "" { segments[segments.count - 1] = "index.html" }
        guard !segments.isEmpty, segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        return segments.joined(separator: "/")
    }
}
