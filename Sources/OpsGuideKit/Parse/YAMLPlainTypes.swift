import Foundation

/// The type a plain (unquoted, untagged) scalar has under YAML 1.1's implicit rules, which
/// authors meet in practice: `yes`, `on` and `true` are booleans, `12` and `0x1F` integers,
/// `1.5` floats, `~` and an empty value null, `2024-01-31` a timestamp. The patterns are the
/// YAML 1.1 type repository's (yaml.org/type), as PyYAML and Yams write them.
enum YAMLPlainTypes {
    /// The words the bool and null rules match (the other rules match no word that starts with a
    /// letter).
    private static let boolWords = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"]
    private static let nullWords = ["null", "Null", "NULL"]

    private static let rules: [(tag: YAMLTag, pattern: NSRegularExpression)] = [
        (.bool, "^(?:\(boolWords.joined(separator: "|")))$"),
        (.int, "^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"),
        (.float, "^(?:[-+]?(?:[0-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),
        (.merge, "^(?:<<)$"),
        (.null, "^(?:~|\(nullWords.joined(separator: "|"))|)$"),
        (.timestamp, "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"),
        (.value, "^(?:=)$"),
    ].map { tag, pattern in (tag, try! NSRegularExpression(pattern: pattern)) }

    /// First bytes of every plain scalar a rule may match; any other plain scalar is text,
    /// without running the expressions.
    static let mayBeNonText = Set("0123456789+-.~<=yYnNtTfFoO".utf8)

    /// The type of the plain scalar `text`: the first rule that matches it, text otherwise.
    static func type(of text: String) -> YAMLTag {
        if let first = text.utf8.first, !mayBeNonText.contains(first) { return .str }
        if let first = text.utf8.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z"),
            text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 })
        {
            // Only the bool and null rules match a word that starts with a letter, and without a
            // line break their `$` is the end of the text.
            return boolWords.contains(text) ? .bool : nullWords.contains(text) ? .null : .str
        }
        return typeByRules(text)
    }

    /// The tag of the first rule whose expression matches `text`, `.str` when none does.
    static func typeByRules(_ text: String) -> YAMLTag {
        let range = NSRange(text.startIndex..., in: text)
        return rules.first { $0.pattern.firstMatch(in: text, range: range) != nil }?.tag ?? .str
    }

    /// The value of a plain scalar typed `.bool`.
    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }
}
