import Foundation
import OpsGuideKit

/// The site the preview serves: the last build that succeeded, rendered page by page as the
/// browser asks for it, and the diagnostics of the latest build (shown as an overlay while it
/// has errors).
public actor PreviewState {
    private var site: OnDemandSite?
    /// What was served of each path, with the file it came from: a page the cache kept is the
    /// same byte array, which compares in constant time, so it is not converted again.
    private var served: [String: (source: Source, data: Data)] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var generation = 0
    private var subscribers: [UUID: AsyncStream<PreviewEvent>.Continuation] = [:]

    public init() {}

    /// Publishes a site that checked without errors, and sends a reload to every open tab.
    public func publish(_ site: OnDemandSite, diagnostics: [Diagnostic]) {
        let previous = self.site
        self.site = site
        self.diagnostics = diagnostics
        generation += 1
        // The previous site (a whole graph and every rendered text) is freed after the tabs
        // are told to reload, not before.
        withExtendedLifetime(previous) { broadcast(.reload(generation)) }
    }

    /// Keeps the last good site and shows why the new build failed.
    public func fail(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
        broadcast(.diagnostics(diagnostics))
    }

    /// The bytes served at `path` (pages with the live-reload script), rendered off the actor
    /// when the cache does not hold the page; nil when the site has no such file.
    public func file(_ path: String) async -> Data? {
        guard let site else { return nil }
        // Made whole off the actor: the matrix's rows are made as its pieces are joined.
        let file = await Task.detached { site.file(path)?.materialized() }.value
        guard let file else { return nil }
        let source: Source
        switch file.contents {
        case .copy(let path): return FileManager.default.contents(atPath: path)
        case .text(let text): source = .text(text)
        case .bytes(let bytes): source = .bytes(bytes)
        case .pieces(let pieces): source = .bytes(OutputFile.Piece.joined(pieces))
        }
        if let previous = served[path], previous.source == source { return previous.data }
        let data = source.served(isPage: path.hasSuffix(".html"))
        served[path] = (source, data)
        return data
    }

    /// A stream of events for one browser tab; it starts with the current state.
    public func subscribe() -> AsyncStream<PreviewEvent> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<PreviewEvent>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in Task { await self?.unsubscribe(id) } }
        subscribers[id] = continuation
        continuation.yield(diagnostics.contains { $0.severity == .error } ? .diagnostics(diagnostics) : .connected(generation))
        return stream
    }

    private func unsubscribe(_ id: UUID) {
        subscribers[id] = nil
    }

    private func broadcast(_ event: PreviewEvent) {
        for continuation in subscribers.values { continuation.yield(event) }
    }
}

/// A generated file as the build produced it.
private enum Source: Equatable {
    case text(String)
    case bytes([UInt8])

    /// The bytes to serve; pages get the live-reload script.
    func served(isPage: Bool) -> Data {
        switch self {
        case .text(let text): isPage ? LiveReload.inject(into: Array(text.utf8)) : Data(text.utf8)
        case .bytes(let bytes): isPage ? LiveReload.inject(into: bytes) : Data(bytes)
        }
    }
}
