/// Compiles Mustache source into a `Template`, or explains the first syntax error with its
/// line and column.
enum TemplateParser {
    struct Failure: Error, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// A piece of source before standalone lines are resolved.
    private enum Token {
        case text([UInt8])
        /// A line end, `\n` or `\r\n`.
        case newline([UInt8])
        case tag(TemplateTag)
        /// A partial alone on its line, with the spaces before it.
        case standalonePartial(TemplateTag, indentation: [UInt8])
    }

    static func parse(_ source: String) -> Result<Template, Failure> {
        let tokens: [Token]
        switch tokenize(Array(source.utf8)) {
        case .failure(let failure): return .failure(failure)
        case .success(let found): tokens = found
        }
        let tags = tokens.compactMap { token -> TemplateTag? in
            if case .tag(let tag) = token { return tag }
            return nil
        }
        return tree(from: removingStandaloneLines(tokens)).map { Template(nodes: $0, tags: tags) }
    }

    // MARK: - Tokens

    private static func tokenize(_ bytes: [UInt8]) -> Result<[Token], Failure> {
        var tokens: [Token] = []
        var index = 0
        var line = 1
        var lineStart = 0
        // Text runs are copied whole when a line end or a tag ends them.
        var textStart = 0
        func flushText(upTo end: Int) {
            if end > textStart { tokens.append(.text(Array(bytes[textStart..<end]))) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")) {
                flushText(upTo: index)
                tokens.append(.newline(byte == UInt8(ascii: "\n") ? lineFeed : carriageReturnLineFeed))
                index += byte == UInt8(ascii: "\n") ? 1 : 2
                line += 1
                lineStart = index
                textStart = index
                continue
            }
            guard byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            flushText(upTo: index)
            let column = columnOf(index, lineStart: lineStart, in: bytes)
            let triple = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "{")
            let open = index + (triple ? 3 : 2)
            let closer: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            guard let close = find(closer, in: bytes, from: open) else {
                return .failure(Failure(message: "tag is never closed with '\(String(decoding: closer, as: UTF8.self))'", line: line, column: column))
            }
            switch makeTag(bytes[open..<close], triple: triple, line: line, column: column) {
            case .failure(let failure): return .failure(failure)
            case .success(let tag): tokens.append(.tag(tag))
            }
            for position in open..<close where bytes[position] == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
            }
            index = close + closer.count
            textStart = index
        }
        flushText(upTo: bytes.count)
        return .success(tokens)
    }

    private static let lineFeed = Array("\n".utf8)
    private static let carriageReturnLineFeed = Array("\r\n".utf8)

    /// The tag whose text between the braces is `body`, read as bytes: a name is ASCII.
    private static func makeTag(_ body: ArraySlice<UInt8>, triple: Bool, line: Int, column: Int) -> Result<TemplateTag, Failure> {
        var rest = body.drop { isSpace($0) }
        var kind = TemplateTag.Kind.value
        if triple {
            kind = .rawValue
        } else if let sigil = rest.first {
            switch sigil {
            case UInt8(ascii: "&"): kind = .rawValue
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .invertedSection
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"):
                return .failure(Failure(
                    message: "'{{\(Character(UnicodeScalar(sigil)))' tags (delimiters, inheritance, pragmas) are not supported in OpsGuide templates",
                    line: line, column: column))
            default: break
            }
            if kind != .value { rest = rest.dropFirst() }
        }
        if kind == .comment {
            return .success(TemplateTag(kind: .comment, name: "", path: [], line: line, column: column))
        }
        while let last = rest.last, isSpace(last) { rest = rest.dropLast() }
        rest = rest.drop { isSpace($0) }
        let name = String(decoding: rest, as: UTF8.self)
        guard !rest.isEmpty, rest.allSatisfy(isNameByte) else {
            return .failure(Failure(message: name.isEmpty ? "tag has no name" : "'\(name)' is not a valid tag name", line: line, column: column))
        }
        let path = name == "." ? [] : rest.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map {
            TemplateName(String(decoding: $0, as: UTF8.self))
        }
        guard kind == .partial || path.allSatisfy({ !$0.text.isEmpty }) else {
            return .failure(Failure(message: "'\(name)' is not a valid tag name", line: line, column: column))
        }
        return .success(TemplateTag(kind: kind, name: name, path: path, line: line, column: column))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// ASCII letters and digits, `.`, `_`, `-`, `/` and `?`.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "?"):
            true
        default:
            false
        }
    }

    /// The 1-based column of `index`, counting characters (not bytes) from the line start.
    private static func columnOf(_ index: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[lineStart..<index]).scalarCount + 1 }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    // MARK: - Standalone lines

    /// A line holding one section, close, partial or comment tag and otherwise only spaces is
    /// removed from the output, line end included (Mustache's "standalone" rule), so templates
    /// can put such tags on lines of their own.
    private static func removingStandaloneLines(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var line: [Token] = []
        func finishLine() {
            result += standalone(line) ?? line
            line = []
        }
        for token in tokens {
            line.append(token)
            if case .newline = token { finishLine() }
        }
        finishLine()
        return result
    }

    /// The line as a lone tag when it stands alone; nil otherwise.
    private static func standalone(_ line: [Token]) -> [Token]? {
        var tag: TemplateTag?
        var indentation: [UInt8] = []
        for token in line {
            switch token {
            case .newline, .standalonePartial: continue
            case .text(let text):
                guard text.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { return nil }
                if tag == nil { indentation = text }
            case .tag(let found):
                guard tag == nil, [.section, .invertedSection, .close, .partial, .comment].contains(found.kind) else { return nil }
                tag = found
            }
        }
        guard let tag else { return nil }
        return tag.kind == .partial ? [.standalonePartial(tag, indentation: indentation)] : [.tag(tag)]
    }

    // MARK: - Tree

    private static func tree(from tokens: [Token]) -> Result<[TemplateNode], Failure> {
        var open: [(tag: TemplateTag, nodes: [TemplateNode])] = [(TemplateTag(kind: .section, name: "", path: [], line: 0, column: 0), [])]
        for token in tokens {
            switch token {
            case .text(let text), .newline(let text):
                if case .text(let previous)? = open[open.count - 1].nodes.last {
                    open[open.count - 1].nodes[open[open.count - 1].nodes.count - 1] = .text(previous + text)
                } else {
                    open[open.count - 1].nodes.append(.text(text))
                }
            case .standalonePartial(let tag, let indentation):
                open[open.count - 1].nodes.append(.partial(tag, indentation: indentation))
            case .tag(let tag):
                switch tag.kind {
                case .value, .rawValue:
                    open[open.count - 1].nodes.append(.value(tag, escaped: tag.kind == .value))
                case .section, .invertedSection:
                    open.append((tag, []))
                case .close:
                    guard open.count > 1, let opened = open.last, opened.tag.name == tag.name else {
                        let message = open.count > 1
                            ? "'{{/\(tag.name)}}' does not close the open section '\(open[open.count - 1].tag.name)' (line \(open[open.count - 1].tag.line))"
                            : "'{{/\(tag.name)}}' closes no open section"
                        return .failure(Failure(message: message, line: tag.line, column: tag.column))
                    }
                    open.removeLast()
                    open[open.count - 1].nodes.append(.section(opened.tag, inverted: opened.tag.kind == .invertedSection, body: opened.nodes))
                case .partial:
                    open[open.count - 1].nodes.append(.partial(tag, indentation: []))
                case .comment:
                    continue
                }
            }
        }
        guard open.count == 1 else {
            let tag = open[open.count - 1].tag
            return .failure(Failure(message: "section '{{#\(tag.name)}}' is never closed", line: tag.line, column: tag.column))
        }
        return .success(open[0].nodes)
    }
}
