/// YAML text composed into a `YAMLNode` tree (`YAMLComposer`), with positions mapped back to
/// the file.
///
/// Plain scalars are typed only when read (`YAMLMapReader.tagName`, YAML 1.1 rules).
/// Aliases are resolved into shared nodes, so an "alias bomb" is cheap to compose but would
/// explode when walked; `nodeBudget` caps how many nodes a document may expand to.
public struct YAMLSource {
    public static let nodeBudget = 50_000

    public var path: String
    /// Added to the YAML's 1-based line to get the file's line.
    public var lineOffset: Int
    public var root: YAMLNode?

    /// Composes `yaml`, or returns the diagnostic that explains why it is not valid YAML.
    public static func compose(_ yaml: Substring, path: String, firstLine: Int) -> Result<YAMLSource, Diagnostic> {
        let offset = firstLine - 1
        switch YAMLComposer.compose(yaml) {
        case .failure(let failure):
            return .failure(diagnostic(for: failure, yaml: yaml, path: path, lineOffset: offset))
        case .success(let root):
            if let root, exceedsBudget(root) {
                return .failure(.error(
                    "yaml-too-large",
                    "YAML expands to more than \(nodeBudget) nodes (are aliases nested?); front matter must stay small",
                    at: SourceLocation(path: path, line: firstLine, column: 1)))
            }
            return .success(YAMLSource(path: path, lineOffset: offset, root: root))
        }
    }

    public func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(path: path, line: node.mark.line + lineOffset, column: node.mark.column)
    }

    private static func exceedsBudget(_ root: YAMLNode) -> Bool {
        var pending = [root]
        var visited = 0
        while let node = pending.popLast() {
            visited += 1
            if visited > nodeBudget { return true }
            switch node {
            case .mapping(let pairs, _):
                for (key, value) in pairs {
                    pending.append(key)
                    pending.append(value)
                }
            case .sequence(let items, _): pending.append(contentsOf: items)
            case .scalar: break
            }
        }
        return false
    }

    private static func diagnostic(for failure: YAMLComposer.Failure, yaml: Substring, path: String, lineOffset: Int) -> Diagnostic {
        let location = SourceLocation(path: path, line: failure.mark.line + lineOffset, column: failure.mark.column)
        switch failure.kind {
        case .duplicateKeys(let keys):
            return .error("duplicate-key", "duplicate key \(keys.map { "'\($0)'" }.joined(separator: ", ")) in the same mapping", at: location)
        case .syntax:
            if isTab(at: failure.mark, in: yaml) {
                return .error("invalid-yaml", "tabs are not allowed in YAML indentation; indent with spaces", at: location)
            }
            return .error("invalid-yaml", "invalid YAML: \(failure.problem)", at: location)
        }
    }

    private static func isTab(at mark: YAMLNode.Mark, in yaml: Substring) -> Bool {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return false }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        guard mark.column >= 1, mark.column <= scalars.count else { return false }
        return scalars[mark.column - 1] == "\t"
    }
}
