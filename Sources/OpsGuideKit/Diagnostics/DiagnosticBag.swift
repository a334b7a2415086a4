/// Collects the diagnostics of one unit of work (a file, a stage); bags are merged at the end.
public struct DiagnosticBag: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: DiagnosticBag) {
        items.append(contentsOf: other.items)
    }

    public mutating func append(contentsOf diagnostics: [Diagnostic]) {
        items.append(contentsOf: diagnostics)
    }

    public mutating func error(_ id: String, _ message: String, at location: SourceLocation) {
        items.append(.error(id, message, at: location))
    }

    public mutating func warning(_ id: String, _ message: String, at location: SourceLocation) {
        items.append(.warning(id, message, at: location))
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Sorted by path and position, duplicates removed.
    public var sorted: [Diagnostic] { Array(Set(items)).sorted() }
}
