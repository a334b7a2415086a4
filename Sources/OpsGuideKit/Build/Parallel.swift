import Dispatch
import Synchronization

/// Runs independent work items on up to `jobs` threads and returns results in input order,
/// so the output never depends on scheduling.
enum Parallel {
    /// Each thread takes the next item not yet taken, so one long item (the matrix page) does
    /// not leave the other threads idle at the end.
    static func map<T>(_ count: Int, jobs: Int, _ body: (Int) -> T) -> [T] {
        let workers = max(1, min(jobs, count))
        if workers == 1 { return (0..<count).map(body) }
        var results = [T?](repeating: nil, count: count)
        let next = Atomic<Int>(0)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < count else { return }
                    slots[index] = body(index)
                }
            }
        }
        return results.map { $0! }
    }
}
