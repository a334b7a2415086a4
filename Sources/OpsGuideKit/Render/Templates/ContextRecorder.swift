import Foundation

/// Collects every key of the contexts handed to the templates, nested ones included; tests use
/// it to keep `TemplateVocabulary` complete.
final class ContextRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: Set<String> = []

    var names: Set<String> { lock.withLock { keys } }

    func record(_ context: TemplateMap) {
        var found: Set<String> = []
        var pending: [TemplateValue] = [.map(context)]
        while let value = pending.popLast() {
            switch value {
            case .map(let map):
                found.formUnion(map.keys)
                pending.append(contentsOf: map.values)
            case .list(let items):
                pending.append(contentsOf: items)
            case .text, .utf8, .batches, .flag, .number:
                continue
            }
        }
        lock.withLock { keys.formUnion(found) }
    }
}
