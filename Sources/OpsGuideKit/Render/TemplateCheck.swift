import Foundation

/// Finds names in the templates that no page provides and partials that do not exist — both
/// render as empty text in Mustache, so without this check a typo silently blanks part of a page.
enum TemplateCheck {
    /// One `{{…}}` tag: its kind (the sigil after the braces, if any) and its name.
    struct Tag {
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
    }

    static func run(_ templates: TemplateSet) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (template, source) in templates.sources.sorted(by: { $0.key < $1.key }) {
            let path = templates.paths.show(template + ".mustache")
            for tag in tags(in: source) {
                let location = SourceLocation(path: path, line: tag.line, column: tag.column)
                switch tag.sigil {
                case "!", "=":
                    continue
                case ">":
                    if templates.sources[tag.name] == nil {
                        diagnostics.append(.warning(
                            "unknown-partial", "partial '\(tag.name)' does not exist; it would render as nothing\(hint(tag.name, in: Array(templates.sources.keys)))",
                            at: location))
                    }
                default:
                    let head = String(tag.name.split(separator: ".").first ?? "")
                    guard tag.name != ".", !head.isEmpty, !TemplateVocabulary.names.contains(head) else { continue }
                    diagnostics.append(.warning(
                        "unknown-template-variable", "'\(tag.name)' is not a value any page provides; it would render as nothing\(hint(head, in: Array(TemplateVocabulary.names)))",
                        at: location))
                }
            }
        }
        return diagnostics
    }

    private static func hint(_ name: String, in candidates: [String]) -> String {
        Suggestion.nearest(to: name, in: candidates.sorted()).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The tags of a template with their 1-based positions (columns in scalars).
    static func tags(in source: String) -> [Tag] {
        var tags: [Tag] = []
        let scalars = Array(source.unicodeScalars)
        var index = 0
        var line = 1
        var lineStart = 0
        while index + 1 < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard scalars[index] == "{", scalars[index + 1] == "{" else {
                index += 1
                continue
            }
            let column = index - lineStart + 1
            let triple = index + 2 < scalars.count && scalars[index + 2] == "{"
            var cursor = index + (triple ? 3 : 2)
            var body = ""
            while cursor + 1 < scalars.count, !(scalars[cursor] == "}" && scalars[cursor + 1] == "}") {
                if scalars[cursor] == "\n" {
                    line += 1
                    lineStart = cursor + 1
                }
                body.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            var trimmed = Substring(body).drop { $0 == " " }
            var sigil: Character? = triple ? "{" : nil
            if let first = trimmed.first, "#^/&>!=<$".contains(first) {
                sigil = first
                trimmed = trimmed.dropFirst()
            }
            let name = trimmed.trimmingCharacters(in: .whitespaces)
            tags.append(Tag(sigil: sigil, name: sigil == "!" ? "" : name, line: line, column: column))
            index = cursor + (triple ? 3 : 2)
        }
        return tags
    }
}
