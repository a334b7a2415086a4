/// Renders compiled templates against a `TemplateMap` into UTF-8 bytes.
///
/// Names are looked up the Mustache way: in the innermost section's value first, then outward.
/// A section renders once for a value that is not a list, once per item for a list, and not at
/// all for `false`, an empty list or a missing name (inverted sections do the opposite).
struct TemplateRenderer {
    /// Deeper partials than this are not rendered: a partial that includes itself would never end.
    static let maximumPartialDepth = 32

    let templates: [String: Template]
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue] = []
    private var partialDepth = 0

    init(templates: [String: Template], capacity: Int = 0) {
        self.templates = templates
        output.reserveCapacity(capacity)
    }

    mutating func render(_ template: Template, with context: TemplateMap) {
        stack.append(.map(context))
        render(template.nodes)
        stack.removeLast()
    }

    private mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .value(let tag, let escaped):
                guard let value = lookup(tag.path) else { continue }
                write(value, escaped: escaped)
            case .section(let tag, let inverted, let body):
                section(lookup(tag.path), inverted: inverted, body: body)
            case .partial(let tag, let indentation):
                partial(tag.name, indentation: indentation)
            }
        }
    }

    private mutating func section(_ value: TemplateValue?, inverted: Bool, body: [TemplateNode]) {
        switch value {
        case nil, .flag(false)?:
            if inverted { render(body) }
        case .flag(true)?:
            if !inverted { render(body) }
        case .list(let items)?:
            if inverted {
                if items.isEmpty { render(body) }
                return
            }
            for item in items {
                stack.append(item)
                render(body)
                stack.removeLast()
            }
        case let value?:
            guard !inverted else { return }
            stack.append(value)
            render(body)
            stack.removeLast()
        }
    }

    private mutating func partial(_ name: String, indentation: [UInt8]) {
        guard let template = templates[name], partialDepth < Self.maximumPartialDepth else { return }
        partialDepth += 1
        defer { partialDepth -= 1 }
        guard !indentation.isEmpty else { return render(template.nodes) }
        let start = output.count
        render(template.nodes)
        output.replaceSubrange(start..., with: Self.indent(output[start...], with: indentation))
    }

    /// Every line that has text gets `indentation` in front of it.
    private static func indent(_ text: ArraySlice<UInt8>, with indentation: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count + indentation.count * 8)
        var atLineStart = true
        for byte in text {
            if atLineStart { result.append(contentsOf: indentation) }
            result.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return result
    }

    private func lookup(_ path: [TemplateName]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        var found: TemplateValue?
        for index in stack.indices.reversed() {
            if case .map(let map) = stack[index], let child = map[first] {
                found = child
                break
            }
        }
        for name in path.dropFirst() {
            guard case .map(let map)? = found else { return nil }
            found = map[name]
        }
        return found
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { HTMLEscape.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .number(let number):
            output.append(contentsOf: String(number).utf8)
        case .flag(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .map:
            return
        }
    }
}
