/// Writes diagnostics the way compilers do: `path:line:column: error: message`, sorted by
/// path and position, then a count line.
public struct DiagnosticPrinter {
    public init() {}

    public func format(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "" }
        var lines = diagnostics.sorted().map(\.formatted)
        lines.append(Self.summary(diagnostics))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2 errors, 1 warning generated.`
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning")) generated."
    }
}
