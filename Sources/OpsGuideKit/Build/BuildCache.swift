import Foundation

/// Results of the expensive per-file steps (YAML decoding, cmark parsing and rendering) kept
/// between builds of the preview server, keyed by the exact text they came from, so a rebuild
/// after an edit redoes them only for the files that changed.
///
/// Rendered Markdown also depends on which files exist (links resolve against them), so that
/// part is dropped whenever a file is added or removed.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var parses: [String: (text: String, value: Any)] = [:]
    private var renders: [String: (text: String, value: RenderedMarkdown)] = [:]
    private var knownPaths: Set<String> = []

    public init() {}

    /// The cached value for `key` if it was computed from the same `text`, else computes it.
    func parse<Value>(_ key: String, text: String, _ compute: () -> Value) -> Value {
        if let hit = lock.withLock({ parses[key] }), hit.text == text, let value = hit.value as? Value { return value }
        let value = compute()
        lock.withLock { parses[key] = (text, value) }
        return value
    }

    func render(_ key: String, text: String, _ compute: () -> RenderedMarkdown) -> RenderedMarkdown {
        if let hit = lock.withLock({ renders[key] }), hit.text == text { return hit.value }
        let value = compute()
        lock.withLock { renders[key] = (text, value) }
        return value
    }

    /// Forgets rendered Markdown when the set of content files changed.
    func validate(paths: Set<String>) {
        lock.withLock {
            if paths != knownPaths {
                renders.removeAll()
                knownPaths = paths
            }
        }
    }
}
