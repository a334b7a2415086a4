/// The outcome of a build or check: every diagnostic, and what was written.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Files written to the output folder (zero for a check or a failed build).
    public var filesWritten: Int
    public var pagesWritten: Int
    public var seconds: Double

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
