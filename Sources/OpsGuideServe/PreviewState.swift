import Foundation
import OpsGuideKit

/// The site the preview serves: the last build that succeeded, held in memory, and the
/// diagnostics of the latest build (shown as an overlay while it has errors).
public actor PreviewState {
    public private(set) var files: [String: Data] = [:]
    /// The text each served file was made from: a page the build reused is the same string or
    /// byte array, which compares in constant time, so only changed pages are converted again.
    private var sources: [String: Source] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var generation = 0
    private var subscribers: [UUID: AsyncStream<PreviewEvent>.Continuation] = [:]

    public init() {}

    /// Publishes a successful build: new files, and a reload for every open tab.
    public func publish(_ files: [OutputFile], diagnostics: [Diagnostic]) {
        var contents: [String: Data] = [:]
        var newSources: [String: Source] = [:]
        for file in files {
            let source: Source
            switch file.contents {
            case .copy(let path):
                contents[file.path] = FileManager.default.contents(atPath: path)
                continue
            case .text(let text): source = .text(text)
            case .bytes(let bytes): source = .bytes(bytes)
            }
            newSources[file.path] = source
            if let previous = self.files[file.path], sources[file.path] == source {
                contents[file.path] = previous
            } else {
                contents[file.path] = source.served(isPage: file.path.hasSuffix(".html"))
            }
        }
        self.files = contents
        sources = newSources
        self.diagnostics = diagnostics
        generation += 1
        broadcast(.reload(generation))
    }

    /// Keeps the last good site and shows why the new build failed.
    public func fail(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
        broadcast(.diagnostics(diagnostics))
    }

    public func file(_ path: String) -> Data? { files[path] }

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
