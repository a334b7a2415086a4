/// One problem found in the content, templates or options of a build.
///
/// Diagnostics are data: every stage collects them instead of throwing, so an author sees
/// every problem of a run at once, sorted by file and position.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// A stable kebab-case identifier such as `broken-link`, for tests and tools.
    public var id: String
    public var message: String
    public var location: SourceLocation

    public init(_ severity: Severity, _ id: String, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.id = id
        self.message = message
        self.location = location
    }

    public static func error(_ id: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, id, message, at: location)
    }

    public static func warning(_ id: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, id, message, at: location)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return (lhs.message, lhs.id) < (rhs.message, rhs.id)
    }

    /// `path:line:column: error: message`.
    public var formatted: String {
        "\(location.description): \(severity.rawValue): \(message)"
    }
}
