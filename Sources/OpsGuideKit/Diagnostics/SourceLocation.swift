/// Where in the content a problem is: a file, and when known a 1-based line and column.
///
/// Columns count Unicode scalars, whatever reported them (Yams counts scalars, cmark counts
/// bytes and is converted), so every diagnostic uses one unit.
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// The path as shown to the author (relative to the current directory when possible).
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.column ?? 0) < (rhs.path, rhs.line ?? 0, rhs.column ?? 0)
    }

    /// `path:line:column`, `path:line` or `path`, as compilers print it.
    public var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
