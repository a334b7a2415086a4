/// The readable text of an HTML fragment written by cmark, for the search index.
///
/// cmark escapes every `<` of the text, so every `<` it writes opens a tag: tags are dropped,
/// block-level tags become a space, and the few entities cmark writes are decoded. Headings can
/// be left out, for an excerpt that reads as running text.
enum HTMLText {
    static let blockTags: Set<String> = [
        "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "br", "hr",
        "table", "tr", "td", "th", "dt", "dd", "div",
    ]

    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    static func plainText(_ html: String, skippingHeadings: Bool = false) -> String {
        var text = ""
        var index = html.startIndex
        var inHeading = false
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close]
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if blockTags.contains(name) { text.append(" ") }
                if skippingHeadings, headingTags.contains(name) { inHeading = !tag.hasPrefix("/") }
                index = html.index(after: close)
            } else if inHeading {
                index = html.index(after: index)
            } else if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";"),
                let decoded = entity(html[html.index(after: index)..<semicolon])
            {
                text.unicodeScalars.append(decoded)
                index = html.index(after: semicolon)
            } else {
                text.append(character)
                index = html.index(after: index)
            }
        }
        return collapseWhitespace(text)
    }

    static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.first == "#" else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}
