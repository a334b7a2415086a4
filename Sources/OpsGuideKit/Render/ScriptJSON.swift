/// JSON text that is safe to ship inside a JavaScript file, or even inside an inline `<script>`.
///
/// Content reaches the browser as data in `.js` files (the search index, the guide data), since
/// Chromium refuses `fetch()` of local files. JSON is valid JavaScript, but a title holding
/// `</script>`, `<!--` or U+2028 must never end a script early or break parsing, so every `<`,
/// `>`, `&`, U+2028 and U+2029 is written as a `\u` escape. These characters only ever occur
/// inside JSON strings, so escaping them keeps the JSON equal in value.
enum ScriptJSON {
    /// A JSON string literal, quotes included.
    static func string(_ value: String) -> String {
        var result = "\""
        result.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": result += unicodeEscape(scalar)
            default:
                if scalar.value < 0x20 { result += unicodeEscape(scalar) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// Escapes `<`, `>`, `&`, U+2028 and U+2029 in JSON produced by another encoder.
    static func escape(_ json: String) -> String {
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<", ">", "&", "\u{2028}", "\u{2029}": result += unicodeEscape(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
