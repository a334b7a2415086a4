import Cyaml

/// Composes YAML text into a `YAMLNode` tree from libyaml's event stream (Debian's
/// `libyaml-dev`), with the rules the front matter needs: one document, anchors resolved,
/// duplicate keys refused. Iterative, so nesting depth cannot exhaust the stack.
///
/// Front matter is a few lines per file but there are thousands of files: reading the events
/// directly costs a fraction of building a general-purpose YAML library's node tree.
enum YAMLComposer {
    /// Why the text is not one valid YAML document.
    struct Failure: Error {
        enum Kind {
            /// libyaml's scanner or parser, or a composition rule (alias, second document).
            case syntax
            /// The same key more than once in a mapping (`keys` sorted).
            case duplicateKeys([String])
        }

        var kind: Kind
        var problem: String
        var mark: YAMLNode.Mark
    }

    /// The root node (nil for an empty document), or why there is none. Front matter of the
    /// usual simple shape is read by `YAMLSimpleComposer`, the rest by libyaml.
    static func compose(_ yaml: Substring) -> Result<YAMLNode?, Failure> {
        var text = String(yaml)
        return text.withUTF8 { bytes in
            if let root = YAMLSimpleComposer.compose(bytes) { return .success(root) }
            return composeWithLibyaml(bytes)
        }
    }

    /// `compose` through libyaml's events, whatever the text's shape.
    static func composeWithLibyaml(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, Failure> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(Failure(kind: .syntax, problem: "out of memory", mark: YAMLNode.Mark(line: 1, column: 1)))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { empty in
            yaml_parser_set_input_string(&parser, bytes.baseAddress ?? UnsafePointer(empty.baseAddress!), bytes.count)
            var composer = Composition()
            return composer.run(&parser, text: bytes)
        }
    }

    /// A sequence or mapping whose end event has not come yet.
    private final class Open {
        let isMapping: Bool
        let mark: YAMLNode.Mark
        let anchor: String?
        var items: [YAMLNode] = []
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var pendingKey: YAMLNode?

        init(isMapping: Bool, mark: YAMLNode.Mark, anchor: String?) {
            self.isMapping = isMapping
            self.mark = mark
            self.anchor = anchor
        }
    }

    /// The state of one composition: open collections, anchors, the root.
    private struct Composition {
        var open: [Open] = []
        var anchors: [String: YAMLNode] = [:]
        var root: YAMLNode?
        var documents = 0

        mutating func run(_ parser: inout yaml_parser_t, text: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, Failure> {
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(YAMLComposer.failure(of: parser, text: text)) }
                defer { yaml_event_delete(&event) }
                let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return .success(root)
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 { return .failure(Failure(kind: .syntax, problem: "but found another document", mark: mark)) }
                case YAML_ALIAS_EVENT:
                    guard let name = YAMLComposer.string(event.data.alias.anchor), let node = anchors[name] else {
                        return .failure(Failure(kind: .syntax, problem: "found undefined alias", mark: mark))
                    }
                    add(node)
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let tag = scalar.quoted_implicit == 1 ? YAMLTag.str : YAMLComposer.string(scalar.tag).map(YAMLTag.init(rawValue:))
                    let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                    let node = YAMLNode.scalar(YAMLNode.Scalar(string: value, style: YAMLComposer.style(scalar.style), tag: tag, mark: mark))
                    register(YAMLComposer.string(scalar.anchor), node)
                    add(node)
                case YAML_SEQUENCE_START_EVENT:
                    open.append(Open(isMapping: false, mark: mark, anchor: YAMLComposer.string(event.data.sequence_start.anchor)))
                case YAML_MAPPING_START_EVENT:
                    open.append(Open(isMapping: true, mark: mark, anchor: YAMLComposer.string(event.data.mapping_start.anchor)))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    let closed = open.removeLast()
                    if closed.isMapping, let duplicates = YAMLComposer.duplicates(in: closed.pairs) { return .failure(duplicates) }
                    let node = closed.isMapping ? YAMLNode.mapping(closed.pairs, closed.mark) : YAMLNode.sequence(closed.items, closed.mark)
                    register(closed.anchor, node)
                    add(node)
                default:
                    break
                }
            }
        }

        private mutating func register(_ anchor: String?, _ node: YAMLNode) {
            if let anchor { anchors[anchor] = node }
        }

        private mutating func add(_ node: YAMLNode) {
            guard let parent = open.last else { return root = node }
            if !parent.isMapping {
                parent.items.append(node)
            } else if let key = parent.pendingKey {
                parent.pairs.append((key, node))
                parent.pendingKey = nil
            } else {
                parent.pendingKey = node
            }
        }
    }

    /// The keys written more than once, with the position of the first of them, if any.
    static func duplicates(in pairs: [(key: YAMLNode, value: YAMLNode)]) -> Failure? {
        // The few keys of a usual mapping are compared with each other before any hashing.
        if pairs.count <= YAMLNode.comparedKeys, !pairs.indices.contains(where: { index in
            pairs[index].key.scalar.map { key in pairs[..<index].contains { $0.key.scalar?.string == key.string } } ?? false
        }) {
            return nil
        }
        var first: [String: YAMLNode.Mark] = [:]
        var repeated: Set<String> = []
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            if first[key.string] == nil { first[key.string] = key.mark } else { repeated.insert(key.string) }
        }
        guard let smallest = repeated.min() else { return nil }
        return Failure(kind: .duplicateKeys(repeated.sorted()), problem: "duplicate keys", mark: first[smallest]!)
    }

    private static func failure(of parser: yaml_parser_t, text: UnsafeBufferPointer<UInt8>) -> Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            return Failure(kind: .syntax, problem: problem, mark: mark(ofOffset: parser.problem_offset, in: text))
        }
        let mark = YAMLNode.Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        return Failure(kind: .syntax, problem: problem, mark: mark)
    }

    /// The line and column (in characters) of a byte offset.
    private static func mark(ofOffset offset: Int, in text: UnsafeBufferPointer<UInt8>) -> YAMLNode.Mark {
        var line = 1
        var column = 1
        for byte in text.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return YAMLNode.Mark(line: line, column: column)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
