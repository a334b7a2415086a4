/// Decides which link and image destinations may reach a reader's browser.
///
/// cmark's safe mode empties `javascript:`, `vbscript:`, `file:` and `data:` URLs (except
/// `data:image/png|gif|jpeg|webp`), but `CMARK_OPT_UNSAFE` — needed for the trusted raw-HTML
/// opt-in — turns that filter off together with raw HTML. This is the same rule, applied by the
/// pipeline itself, and a little stricter: like a browser, it ignores leading spaces and control
/// characters and any tab or line break before it looks at the scheme.
public enum URLFilter {
    static let blockedSchemes = ["javascript:", "vbscript:", "file:", "data:"]
    static let allowedDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
    /// The lowercase first letters of the blocked schemes: any other URL is safe at a glance.
    private static let schemeInitials: Set<UInt8> = Set(blockedSchemes.map { $0.utf8.first! })

    /// True for a destination a browser would run or read from the reader's disk.
    public static func isDangerous(_ url: String) -> Bool {
        guard let first = url.utf8.first(where: { $0 > 0x20 }), schemeInitials.contains(first | 0x20) else { return false }
        var prefix = ""
        for scalar in url.unicodeScalars.drop(while: { $0.value <= 0x20 }) {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
            prefix.unicodeScalars.append(scalar)
            if prefix.unicodeScalars.count == 16 { break }
        }
        let lowered = prefix.lowercased()
        guard blockedSchemes.contains(where: { lowered.hasPrefix($0) }) else { return false }
        return !allowedDataPrefixes.contains { lowered.hasPrefix($0) }
    }
}
