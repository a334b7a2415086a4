import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A generated page parsed as XML (the site is written as polyglot HTML), for structural
/// assertions with XPath instead of substring matches.
struct HTMLDocument {
    let document: XMLDocument

    struct EmptyDocument: Error {}

    init(_ text: String) throws {
        guard !text.isEmpty else { throw EmptyDocument() }
        document = try XMLDocument(xmlString: text, options: [.nodePreserveWhitespace])
    }

    init(file path: String) throws {
        try self.init(String(contentsOfFile: path, encoding: .utf8))
    }

    func nodes(_ xpath: String) throws -> [XMLNode] {
        try document.nodes(forXPath: Self.namespaced(xpath))
    }

    func texts(_ xpath: String) throws -> [String] {
        try nodes(xpath).map { ($0.stringValue ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    func attribute(_ name: String, of xpath: String) throws -> [String] {
        try nodes(xpath + "/@" + name).compactMap(\.stringValue)
    }

    /// Pages declare the XHTML namespace; XPath here matches elements by local name.
    static func namespaced(_ xpath: String) -> String {
        var result = ""
        var index = xpath.startIndex
        var quote: Character?
        while index < xpath.endIndex {
            let character = xpath[index]
            if let open = quote {
                if character == open { quote = nil }
                result.append(character)
                index = xpath.index(after: index)
            } else if character == "'" || character == "\"" {
                quote = character
                result.append(character)
                index = xpath.index(after: index)
            } else if character == "/" {
                result.append(character)
                index = xpath.index(after: index)
                if index < xpath.endIndex, xpath[index] == "/" {
                    result.append("/")
                    index = xpath.index(after: index)
                }
                var name = ""
                while index < xpath.endIndex, xpath[index].isLetter || xpath[index].isNumber || xpath[index] == "-" {
                    name.append(xpath[index])
                    index = xpath.index(after: index)
                }
                result += name.isEmpty ? "" : "*[local-name()='\(name)']"
            } else {
                result.append(character)
                index = xpath.index(after: index)
            }
        }
        return result
    }
}
