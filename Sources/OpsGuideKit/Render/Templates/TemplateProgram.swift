/// A compiled template as one flat list of steps that refer to shared tables by position.
///
/// A page renders a few hundred steps. Walking a tree of enum nodes copied each node, and with
/// it the strings and arrays it holds, at every step of every page; a step here is three
/// integers, and a section's body is simply the steps that follow it.
struct TemplateProgram: Sendable {
    struct Step: Sendable {
        enum Kind: UInt8, Sendable { case text, value, rawValue, section, invertedSection, partial }

        var kind: Kind
        /// `text`: where its bytes start in `text`; `value`, `rawValue` and sections: where
        /// its name path starts in `names`; `partial`: its place in `partials`.
        var operand: Int32
        /// `text`: how many bytes; sections: how many steps their body has.
        var count: Int32 = 0
        /// How many names the path has (`0` for `.`, the current value).
        var pathLength: Int32 = 0
    }

    private(set) var steps: [Step] = []
    /// The text of every `text` step, one after the other.
    private(set) var text: [UInt8] = []
    /// The name paths of every value and section, one after the other.
    private(set) var names: [TemplateName] = []
    private(set) var partials: [(name: String, indentation: [UInt8])] = []

    init(_ nodes: [TemplateNode]) {
        append(nodes)
    }

    private mutating func append(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                steps.append(Step(kind: .text, operand: Int32(text.count), count: Int32(bytes.count)))
                text += bytes
            case .value(let tag, let escaped):
                appendLookup(escaped ? .value : .rawValue, tag.path)
            case .section(let tag, let inverted, let body):
                let start = steps.count
                appendLookup(inverted ? .invertedSection : .section, tag.path)
                append(body)
                steps[start].count = Int32(steps.count - start - 1)
            case .partial(let tag, let indentation):
                steps.append(Step(kind: .partial, operand: Int32(partials.count)))
                partials.append((tag.name, indentation))
            }
        }
    }

    private mutating func appendLookup(_ kind: Step.Kind, _ path: [TemplateName]) {
        steps.append(Step(kind: kind, operand: Int32(names.count), pathLength: Int32(path.count)))
        names += path
    }
}
