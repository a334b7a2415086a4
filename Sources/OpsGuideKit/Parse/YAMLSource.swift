import Yams

/// YAML text composed into a Yams node tree, with positions mapped back to the file.
///
/// Composing uses Yams' basic resolver, which types no plain scalar: running the default
/// resolver's regular expressions over every key and value was most of the cost of front
/// matter. `YAMLMapReader.tagName` types the values that are read, with the default rules.
///
/// Aliases are resolved by Yams into shared nodes, so an "alias bomb" is cheap to compose but
/// would explode when walked; `nodeBudget` caps how many nodes a document may expand to.
public struct YAMLSource {
    public static let nodeBudget = 50_000

    public var path: String
    /// Added to Yams' 1-based line to get the file's line.
    public var lineOffset: Int
    public var root: Node?

    /// Composes `yaml`, or returns the diagnostic that explains why it is not valid YAML.
    public static func compose(_ yaml: Substring, path: String, firstLine: Int) -> Result<YAMLSource, Diagnostic> {
        let offset = firstLine - 1
        let root: Node?
        do {
            root = try Yams.compose(yaml: String(yaml), .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, path: path, lineOffset: offset))
        } catch {
            return .failure(.error("invalid-yaml", "invalid YAML: \(error)", at: SourceLocation(path: path)))
        }
        if let root, exceedsBudget(root) {
            return .failure(.error(
                "yaml-too-large",
                "YAML expands to more than \(nodeBudget) nodes (are aliases nested?); front matter must stay small",
                at: SourceLocation(path: path, line: firstLine, column: 1)))
        }
        return .success(YAMLSource(path: path, lineOffset: offset, root: root))
    }

    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    private static func exceedsBudget(_ root: Node) -> Bool {
        var pending = [root]
        var visited = 0
        while let node = pending.popLast() {
            visited += 1
            if visited > nodeBudget { return true }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .scalar, .alias: break
            }
        }
        return false
    }

    private static func diagnostic(for error: YamlError, yaml: Substring, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            if isTab(at: mark, in: yaml) {
                return .error("invalid-yaml", "tabs are not allowed in YAML indentation; indent with spaces", at: at(mark))
            }
            return .error("invalid-yaml", "invalid YAML: \(problem)", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("duplicate-key", "duplicate key \(keys) in the same mapping", at: at(context.mark))
        default:
            return .error("invalid-yaml", "invalid YAML: \(error)", at: SourceLocation(path: path))
        }
    }

    private static func isTab(at mark: Mark, in yaml: Substring) -> Bool {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return false }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        guard mark.column >= 1, mark.column <= scalars.count else { return false }
        return scalars[mark.column - 1] == "\t"
    }
}
