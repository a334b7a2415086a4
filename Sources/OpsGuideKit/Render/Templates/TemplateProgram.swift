/// A compiled template as one flat list of steps that refer to shared tables by position.
///
/// A page renders a few hundred steps. Walking a tree of enum nodes copied each node, and with
/// it the strings and arrays it holds, at every step of every page; a step here is three
/// integers, and a section's body is simply the steps that follow it. A class with constant
/// tables: a renderer reads them in place through one reference, and never retains them.
final class TemplateProgram: Sendable {
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

    /// A `{{> name}}` step's partial: what it names, the spaces before it when it stands alone
    /// on its line, and the position of its template in the `TemplateLibrary` that resolved it
    /// (`nil` for a template it does not have, which renders as nothing).
    struct Partial: Sendable {
        let name: String
        let indentation: [UInt8]
        var target: Int?
    }

    let steps: [Step]
    /// The text of every `text` step, one after the other.
    let text: [UInt8]
    /// The name paths of every value and section, one after the other.
    let names: [TemplateName]
    let partials: [Partial]

    convenience init(_ nodes: [TemplateNode]) {
        var tables = Tables()
        tables.append(nodes)
        self.init(steps: tables.steps, text: tables.text, names: tables.names, partials: tables.partials)
    }

    private init(steps: [Step], text: [UInt8], names: [TemplateName], partials: [Partial]) {
        (self.steps, self.text, self.names, self.partials) = (steps, text, names, partials)
    }

    /// This program with each partial pointed at the position `positions` gives its name.
    func resolvingPartials(_ positions: [String: Int]) -> TemplateProgram {
        let resolved = partials.map { Partial(name: $0.name, indentation: $0.indentation, target: positions[$0.name]) }
        return TemplateProgram(steps: steps, text: text, names: names, partials: resolved)
    }

    /// The tables as the nodes are flattened into them.
    private struct Tables {
        var steps: [Step] = []
        var text: [UInt8] = []
        var names: [TemplateName] = []
        var partials: [Partial] = []

        mutating func append(_ nodes: [TemplateNode]) {
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
                    partials.append(Partial(name: tag.name, indentation: indentation))
                }
            }
        }

        private mutating func appendLookup(_ kind: Step.Kind, _ path: [TemplateName]) {
            steps.append(Step(kind: kind, operand: Int32(names.count), pathLength: Int32(path.count)))
            names += path
        }
    }
}
