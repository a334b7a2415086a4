import Foundation
import OpsGuideKit

/// The site the preview serves: the last build that succeeded, held in memory, and the
/// diagnostics of the latest build (shown as an overlay while it has errors).
public actor PreviewState {
    public private(set) var files: [String: Data] = [:]
    /// The text each served file was made from: a page the build reused is the same string,
    /// which compares in constant time, so only changed pages are converted again.
    private var texts: [String: String] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var generation = 0
    private var subscribers: [UUID: AsyncStream<PreviewEvent>.Continuation] = [:]

    public init() {}

    /// Publishes a successful build: new files, and a reload for every open tab.
    public func publish(_ files: [OutputFile], diagnostics: [Diagnostic]) {
        var contents: [String: Data] = [:]
        var newTexts: [String: String] = [:]
        for file in files {
            switch file.contents {
            case .text(let text):
                newTexts[file.path] = text
                if let previous = self.files[file.path], texts[file.path] == text {
                    contents[file.path] = previous
                } else {
                    contents[file.path] = Data((file.path.hasSuffix(".html") ? LiveReload.inject(into: text) : text).utf8)
                }
            case .copy(let source):
                contents[file.path] = FileManager.default.contents(atPath: source)
            }
        }
        self.files = contents
        texts = newTexts
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
