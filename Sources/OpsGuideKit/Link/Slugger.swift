/// Turns heading text into stable, unique, readable anchors.
///
/// Letters and digits of any script are kept (lowercased), spaces and hyphens become single
/// hyphens, everything else is dropped: `## CI/CD and CT` → `cicd-and-ct`, `## Развёртывание` →
/// `развёртывание`. A repeated anchor gets `-1`, `-2`…; ids reserved by the page's template
/// (`practices`, `toc`…) are never reused.
public struct Slugger {
    /// Shared by every page, never copied.
    private let reserved: Set<String>
    /// Every slug handed out.
    public private(set) var slugs: Set<String> = []
    /// The next suffix to try for each base, so that n repeats of one heading cost O(n), not O(n²).
    private var nextSuffix: [String: Int] = [:]

    /// `capacity`: how many headings the page has, so that the sets of a page never grow.
    public init(reserved: Set<String> = [], capacity: Int = 0) {
        self.reserved = reserved
        if capacity > 0 { slugs.reserveCapacity(capacity) }
    }

    public mutating func slug(for text: String) -> String {
        let base = Self.slugify(text)
        if !reserved.contains(base), slugs.insert(base).inserted { return base }
        var candidate: String
        var counter = nextSuffix[base] ?? 1
        repeat {
            candidate = "\(base)-\(counter)"
            counter += 1
        } while slugs.contains(candidate) || reserved.contains(candidate)
        nextSuffix[base] = counter
        slugs.insert(candidate)
        return candidate
    }

    public static func slugify(_ text: String) -> String {
        asciiSlugify(text) ?? characterSlugify(text)
    }

    static func characterSlugify(_ text: String) -> String {
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

    /// The same over bytes, for ASCII text (where a letter or digit is `[A-Za-z0-9]`); nil
    /// for any other text.
    static func asciiSlugify(_ text: String) -> String? {
        return text.withUTF8Bytes { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let slug = String(unsafeUninitializedCapacity: bytes.count) { slug in
                var count = 0
                var pendingHyphen = false
                for byte in bytes {
                    let lower = byte | 0x20
                    if (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x7A) {
                        if pendingHyphen, count > 0 {
                            slug[count] = UInt8(ascii: "-")
                            count += 1
                        }
                        pendingHyphen = false
                        slug[count] = byte >= 0x41 && byte <= 0x5A ? lower : byte
                        count += 1
                    } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "\t") {
                        pendingHyphen = true
                    }
                }
                return count
            }
            return slug.isEmpty ? "section" : slug
        }
    }
}
