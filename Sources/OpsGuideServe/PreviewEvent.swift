import Foundation
import OpsGuideKit

/// What the preview tells open browser tabs, as server-sent events.
public enum PreviewEvent: Sendable {
    /// Sent first on a new connection when the site is fine.
    case connected(Int)
    /// A new build was published: reload.
    case reload(Int)
    /// The latest build failed: show these diagnostics over the last good page.
    case diagnostics([Diagnostic])

    /// The `text/event-stream` form of the event.
    var serverSentEvent: String {
        switch self {
        case .connected(let generation): return "event: connected\ndata: \(generation)\n\n"
        case .reload(let generation): return "event: reload\ndata: \(generation)\n\n"
        case .diagnostics(let diagnostics):
            let lines = DiagnosticPrinter(format: .json).format(diagnostics).split(separator: "\n")
            return "event: diagnostics\ndata: [\(lines.joined(separator: ","))]\n\n"
        }
    }
}
