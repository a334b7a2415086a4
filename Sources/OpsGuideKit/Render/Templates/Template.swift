/// A Mustache template compiled once per build into a flat program, rendered for many pages.
///
/// OpsGuide's templates use the part of Mustache a static page needs: `{{name}}` (escaped),
/// `{{{name}}}` and `{{&name}}` (as is), sections `{{#name}}…{{/name}}`, inverted sections
/// `{{^name}}…{{/name}}`, partials `{{> name}}` and comments `{{! … }}`, with the spec's rules
/// for tags that stand alone on a line. `TemplateParser` builds it; `TemplateRenderer` renders it.
public struct Template: Sendable {
    let program: TemplateProgram
    /// Every tag in source order, for the checks that compare names with what pages provide.
    let tags: [TemplateTag]

    init(nodes: [TemplateNode], tags: [TemplateTag]) {
        program = TemplateProgram(nodes)
        self.tags = tags
    }
}

/// One piece of a template as parsed, before it is flattened into a `TemplateProgram`.
enum TemplateNode: Sendable {
    case text([UInt8])
    case value(TemplateTag, escaped: Bool)
    case section(TemplateTag, inverted: Bool, body: [TemplateNode])
    /// `indentation`: the spaces before a partial that stands alone on its line; every line
    /// the partial renders starts with them.
    case partial(TemplateTag, indentation: [UInt8])
}

/// A `{{…}}` tag as written, with its 1-based position in the template file.
struct TemplateTag: Sendable {
    enum Kind: Sendable { case value, rawValue, section, invertedSection, close, partial, comment }

    let kind: Kind
    /// The name as written (`title`, `extends.url`, `.`); the partial's name for partials.
    let name: String
    /// The name split at dots; empty for `.`, the current value.
    let path: [TemplateName]
    let line: Int
    let column: Int
}
