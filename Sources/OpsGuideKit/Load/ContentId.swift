/// Ids name content files, guide nodes and taxonomy entries: ASCII lowercase letters,
/// digits and single hyphens, neither first nor last (`sast-in-the-ide`).
public enum ContentId {
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        var previousWasHyphen = true
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    public static let rule = "ids use lowercase ASCII letters, digits and single hyphens (e.g. 'sast-in-the-ide')"
}
