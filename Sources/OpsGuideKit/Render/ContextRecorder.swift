import Foundation

/// Collects every key of the contexts handed to the templates, nested ones included; tests use
/// it to keep `TemplateVocabulary` complete.
final class ContextRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: Set<String> = []

    var names: Set<String> { lock.withLock { keys } }

    func record(_ context: [String: Any]) {
        var found: Set<String> = []
        var pending: [Any] = [context]
        while let value = pending.popLast() {
            if let dictionary = value as? [String: Any] {
                found.formUnion(dictionary.keys)
                pending.append(contentsOf: dictionary.values)
            } else if let array = value as? [Any] {
                pending.append(contentsOf: array)
            }
        }
        lock.withLock { keys.formUnion(found) }
    }
}
