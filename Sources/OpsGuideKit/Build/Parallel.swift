import Dispatch

/// Runs independent work items on up to `jobs` threads and returns results in input order,
/// so the output never depends on scheduling.
enum Parallel {
    static func map<T>(_ count: Int, jobs: Int, _ body: (Int) -> T) -> [T] {
        let workers = max(1, min(jobs, count))
        if workers == 1 { return (0..<count).map(body) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < count {
                    slots[index] = body(index)
                    index += workers
                }
            }
        }
        return results.map { $0! }
    }
}
