/// Reads typed fields out of a YAML mapping, reporting each missing field, wrong type or
/// unknown key as a diagnostic at the value's position rather than failing on the first.
public struct YAMLMapReader {
    public let source: YAMLSource
    public let mapping: [(key: YAMLNode, value: YAMLNode)]?
    /// Text key → value for a large mapping, looked up by hashing instead of scanning the
    /// pairs; nil for the usual few keys, which a scan finds sooner than a hash is computed.
    private let values: [String: YAMLNode]?
    public let location: SourceLocation
    public private(set) var diagnostics = DiagnosticBag()

    /// `what` names the mapping in messages ("front matter", "question").
    public init(_ node: YAMLNode?, in source: YAMLSource, what: String, fallback: SourceLocation) {
        self.source = source
        if let node, let mapping = node.mapping {
            self.mapping = mapping
            values = mapping.count <= YAMLNode.comparedKeys ? nil
                : Dictionary(mapping.compactMap { key, value in key.scalar.map { ($0.string, value) } }, uniquingKeysWith: { _, last in last })
            location = source.location(of: node)
        } else {
            mapping = nil
            values = nil
            location = node.map { source.location(of: $0) } ?? fallback
            if let node, !(Self.tagName(node) == .null) {
                diagnostics.error("wrong-type", "\(what) must be a mapping of keys to values, found \(Self.describe(node))", at: location)
            } else {
                diagnostics.error("wrong-type", "\(what) is empty; expected a mapping of keys to values", at: location)
            }
        }
    }

    public func node(_ key: String) -> YAMLNode? {
        guard let value = values.map({ $0[key] }) ?? mapping?.last(where: { $0.key.scalar?.string == key })?.value else { return nil }
        if Self.tagName(value) == .null { return nil }
        return value
    }

    /// A text value; numbers, booleans and collections are type errors (quote numbers).
    /// An empty optional value (`summary: ""`) counts as absent, like `summary:`.
    public mutating func string(_ key: String, required: Bool = false) -> Located<String>? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = text(value, key: key) else { return nil }
        if text.value.allSatisfy(\.isWhitespace) {
            if required { diagnostics.error("missing-field", "'\(key)' must not be empty", at: text.location) }
            return nil
        }
        return text
    }

    /// A `true` or `false` value; anything else (quoted text included) is a type error.
    public mutating func bool(_ key: String) -> Located<Bool>? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar, scalar.style == .plain, Self.tagName(value) == .bool, let flag = YAMLPlainTypes.bool(scalar.string) else {
            wrongType(key, expected: "true or false", found: value)
            return nil
        }
        return Located(flag, at: source.location(of: value))
    }

    /// A list of text values; a single text value is accepted as a one-item list.
    public mutating func stringList(_ key: String, required: Bool = false) -> [Located<String>] {
        guard let value = node(key) else {
            if required { missing(key) }
            return []
        }
        if value.scalar != nil { return text(value, key: key).map { [$0] } ?? [] }
        guard let sequence = value.sequence else {
            wrongType(key, expected: "a list", found: value)
            return []
        }
        return sequence.compactMap { text($0, key: key) }
    }

    /// A mapping of text keys to text values, in source order.
    public mutating func stringMap(_ key: String) -> [(key: Located<String>, value: Located<String>)] {
        guard let value = node(key) else { return [] }
        guard let entries = value.mapping else {
            wrongType(key, expected: "a mapping", found: value)
            return []
        }
        return entries.compactMap { entry in
            guard let name = text(entry.key, key: key), let text = text(entry.value, key: "\(key).\(name.value)") else {
                return nil
            }
            return (name, text)
        }
    }

    /// The items of a required list; a missing key or another shape is reported.
    public mutating func requiredList(_ key: String, expected: String = "a list") -> [YAMLNode] {
        guard let value = node(key) else {
            missing(key)
            return []
        }
        guard let sequence = value.sequence else {
            wrongType(key, expected: expected, found: value)
            return []
        }
        return sequence
    }

    /// Warns about keys that are not in `known`, suggesting the nearest known key.
    public mutating func checkKeys(_ known: [String], what: String) {
        guard let mapping else { return }
        for (key, _) in mapping {
            guard let name = key.scalar?.string, !known.contains(name) else { continue }
            var message = "unknown \(what) key '\(name)'"
            if let suggestion = Suggestion.nearest(to: name, in: known) { message += "; did you mean '\(suggestion)'?" }
            diagnostics.warning("unknown-key", message, at: source.location(of: key))
        }
    }

    /// A CommonMark fragment stored in a YAML string, with its file position.
    public func markdown(_ text: Located<String>, node: YAMLNode?) -> MarkdownSource {
        let line = text.location.line ?? 1
        let column = text.location.column ?? 1
        if let style = node?.scalar?.style, style == .literal || style == .folded {
            return MarkdownSource(text: text.value[...], path: source.path, firstLine: line + 1)
        }
        let quoted = node?.scalar?.style == .singleQuoted || node?.scalar?.style == .doubleQuoted
        return MarkdownSource(text: text.value[...], path: source.path, firstLine: line, firstColumn: column + (quoted ? 1 : 0))
    }

    /// `node`'s text; a collection, or a plain scalar of another type, is reported under `key`
    /// (made only then: a key path is a string built for each entry of a mapping).
    public mutating func text(_ node: YAMLNode, key: @autoclosure () -> String) -> Located<String>? {
        let location = source.location(of: node)
        guard let scalar = node.scalar else {
            wrongType(key(), expected: "text", found: node)
            return nil
        }
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        if !quoted, Self.tagName(node) != .str {
            diagnostics.error(
                "wrong-type", "'\(key())' must be text, found \(Self.describe(node)); put it in quotes if you mean the text",
                at: location)
            return nil
        }
        return Located(scalar.string, at: location)
    }

    /// Reports a missing field, unless the mapping itself is missing (already reported).
    public mutating func missing(_ key: String) {
        guard mapping != nil else { return }
        diagnostics.error("missing-field", "missing required field '\(key)'", at: location)
    }

    public mutating func wrongType(_ key: String, expected: String, found node: YAMLNode) {
        diagnostics.error(
            "wrong-type", "'\(key)' must be \(expected), found \(Self.describe(node))", at: source.location(of: node))
    }

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The YAML type of a scalar: its tag (a quoted scalar is text), or for a plain one the
    /// YAML 1.1 rules (`YAMLPlainTypes`): `true`, `~`, `12`, `1.5` and dates are not text
    /// unless quoted or tagged. Nil for a collection.
    static func tagName(_ node: YAMLNode) -> YAMLTag? {
        guard let scalar = node.scalar else { return nil }
        if let tag = scalar.tag { return tag.rawValue == "!" ? .str : tag }
        guard scalar.style == .plain else { return .str }
        return YAMLPlainTypes.type(of: scalar.string)
    }

    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar:
            switch Self.tagName(node) {
            case .int?, .float?: return "a number"
            case .bool?: return "a boolean"
            case .null?: return "nothing"
            case .timestamp?: return "a date"
            default: return "text"
            }
        }
    }
}
