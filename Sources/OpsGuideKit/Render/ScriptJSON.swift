/// JSON text that is safe to ship inside a JavaScript file, or even inside an inline `<script>`.
///
/// Content reaches the browser as data in `.js` files (the search index, the guide data), since
/// Chromium refuses `fetch()` of local files. JSON is valid JavaScript, but a title holding
/// `</script>`, `<!--` or U+2028 must never end a script early or break parsing, so every `<`,
/// `>`, `&`, U+2028 and U+2029 is written as a `\u` escape. These characters only ever occur
/// inside JSON strings, so escaping them keeps the JSON equal in value.
///
/// The escaping works on UTF-8 bytes: every character escaped is ASCII except U+2028 and U+2029
/// (`E2 80 A8`, `E2 80 A9`), and every other byte is copied as it is.
enum ScriptJSON {
    /// A JSON string literal, quotes included.
    static func string(_ value: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 2)
        appendString(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` as a JSON string literal, quotes included, to `json`.
    static func appendString(_ value: String, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        appendEscaped(value, to: &json, inString: true)
        json.append(UInt8(ascii: "\""))
    }

    /// Escapes `<`, `>`, `&`, U+2028 and U+2029 in JSON produced by another encoder.
    static func escape(_ json: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(json.utf8.count)
        appendEscaped(json, to: &result, inString: false)
        return String(decoding: result, as: UTF8.self)
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// Copies the UTF-8 of `text` to `json`, writing `<`, `>`, `&`, U+2028 and U+2029 as `\u`
    /// escapes, and `inString` also quotes, backslashes and control characters; runs of other
    /// bytes are copied as they are.
    private static func appendEscaped(_ text: String, to json: inout [UInt8], inString: Bool) {
        let mask = inString ? escapedEverywhere | escapedInStrings : escapedEverywhere
        text.withUTF8Bytes { bytes in
            byteEscapes.withUnsafeBufferPointer { escapes in
                var copied = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    guard escapes[Int(byte)] & mask != 0 else {
                        index += 1
                        continue
                    }
                    json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    if byte == 0xE2 {
                        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other characters starting
                        // with E2 are copied.
                        let isSeparator = index + 2 < bytes.count && bytes[index + 1] == 0x80
                            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
                        if isSeparator {
                            appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &json)
                            index += 2
                        } else {
                            json.append(byte)
                        }
                    } else {
                        appendEscape(byte, to: &json)
                    }
                    index += 1
                    copied = index
                }
                json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
            }
        }
    }

    private static let escapedEverywhere: UInt8 = 1
    private static let escapedInStrings: UInt8 = 2

    /// Byte → `escapedEverywhere` for `<`, `>`, `&` and E2 (which starts U+2028 and U+2029),
    /// `escapedInStrings` for quotes, backslashes and control characters, 0 for the rest.
    private static let byteEscapes: [UInt8] = (0...255).map { (byte: UInt8) -> UInt8 in
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0xE2: return escapedEverywhere
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0..<0x20: return escapedInStrings
        default: return 0
        }
    }

    /// The escape of an ASCII byte: a short one for the characters JSON has one for.
    private static func appendEscape(_ byte: UInt8, to json: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): json += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): json += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case UInt8(ascii: "\n"): json += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case UInt8(ascii: "\r"): json += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case UInt8(ascii: "\t"): json += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        default: appendUnicodeEscape(UInt32(byte), to: &json)
        }
    }

    /// `\u` and four lowercase hexadecimal digits.
    private static func appendUnicodeEscape(_ value: UInt32, to json: inout [UInt8]) {
        json += [UInt8(ascii: "\\"), UInt8(ascii: "u")]
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((value >> UInt32(shift)) & 0xF)
            json.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }
}
