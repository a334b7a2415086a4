/// Turns heading text into stable, unique, readable anchors.
///
/// Letters and digits of any script are kept (lowercased), spaces and hyphens become single
/// hyphens, everything else is dropped: `## CI/CD and CT` → `cicd-and-ct`, `## Развёртывание` →
/// `развёртывание`. A repeated anchor gets `-1`, `-2`…; ids reserved by the page's template
/// (`practices`, `toc`…) are never reused.
public struct Slugger {
    private var used: Set<String>
    /// The next suffix to try for each base, so that n repeats of one heading cost O(n), not O(n²).
    private var nextSuffix: [String: Int] = [:]

    public init(reserved: Set<String> = []) {
        used = reserved
    }

    public mutating func slug(for text: String) -> String {
        let base = Self.slugify(text)
        var candidate = base
        var counter = nextSuffix[base] ?? 1
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        nextSuffix[base] = counter
        used.insert(candidate)
        return candidate
    }

    public static func slugify(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else if character == " " || character == "-" || character == "\t" {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
