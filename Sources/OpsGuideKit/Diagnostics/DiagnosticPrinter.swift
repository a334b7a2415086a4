import Foundation

/// Writes diagnostics for people and for tools.
///
/// - `text`: `path:line:column: error: message`, sorted by path and position, then a count line;
///   with `showSource`, the offending line and a caret under the column, as compilers do.
/// - `github`: GitHub Actions workflow commands, so problems appear on the pull request.
/// - `json`: one JSON object per line.
public struct DiagnosticPrinter {
    public enum Format: String, CaseIterable, Sendable {
        case text, github, json
    }

    public var format: Format
    public var showSource: Bool

    public init(format: Format = .text, showSource: Bool = false) {
        self.format = format
        self.showSource = showSource
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sorted()
        switch format {
        case .text:
            guard !sorted.isEmpty else { return "" }
            var sourceCache: [String: [Substring]] = [:]
            var lines: [String] = []
            for diagnostic in sorted {
                lines.append(diagnostic.formatted)
                if showSource, let snippet = snippet(for: diagnostic, cache: &sourceCache) { lines.append(snippet) }
            }
            lines.append(Self.summary(sorted))
            return lines.joined(separator: "\n") + "\n"
        case .github:
            return sorted.map(Self.workflowCommand).map { $0 + "\n" }.joined()
        case .json:
            return sorted.map(Self.json).map { $0 + "\n" }.joined()
        }
    }

    /// `2 errors, 1 warning generated.`
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning")) generated."
    }

    /// The source line and a caret under the column (columns count Unicode scalars; tabs kept
    /// so the caret lines up in a terminal).
    private func snippet(for diagnostic: Diagnostic, cache: inout [String: [Substring]]) -> String? {
        let location = diagnostic.location
        guard let line = location.line, let column = location.column else { return nil }
        if cache[location.path] == nil {
            let text = (try? String(contentsOfFile: location.path, encoding: .utf8)) ?? ""
            cache[location.path] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[location.path], line >= 1, line <= lines.count else { return nil }
        let source = lines[line - 1].replacingOccurrences(of: "\r", with: "")
        let prefix = source.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return "\(source)\n\(prefix)^"
    }

    static func workflowCommand(_ diagnostic: Diagnostic) -> String {
        func escapeData(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ text: String) -> String {
            escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        var properties = ["file=\(escapeProperty(diagnostic.location.path))"]
        if let line = diagnostic.location.line { properties.append("line=\(line)") }
        if let column = diagnostic.location.column { properties.append("col=\(column)") }
        properties.append("title=\(escapeProperty(diagnostic.id))")
        return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(diagnostic.message))"
    }

    static func json(_ diagnostic: Diagnostic) -> String {
        struct Record: Encodable {
            var severity: String
            var id: String
            var file: String
            var line: Int?
            var column: Int?
            var message: String
        }
        let record = Record(
            severity: diagnostic.severity.rawValue, id: diagnostic.id, file: diagnostic.location.path,
            line: diagnostic.location.line, column: diagnostic.location.column, message: diagnostic.message)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(record)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
