import Dispatch
import Synchronization

/// Runs independent work items on up to `jobs` threads and returns results in input order,
/// so the output never depends on scheduling.
enum Parallel {
    /// Each thread takes the next items not yet taken, a few at a time (`chunk(of:workers:)`),
    /// so one long item (the matrix page) does not leave the other threads idle at the end.
    static func map<T>(_ count: Int, jobs: Int, _ body: (Int) -> T) -> [T] {
        map(count, jobs: jobs, state: {}) { _, index in body(index) }.results
    }

    /// `map` with a state of each thread's own: a thread makes one with `makeState` and hands
    /// it to every item it takes, so that items can add to it without a lock. The states come
    /// back too, in no set order, and which items went into which depends on scheduling: only
    /// what does not depend on that may be made from them.
    static func map<T, State>(
        _ count: Int, jobs: Int, state makeState: () -> State, _ body: (inout State, Int) -> T
    ) -> (results: [T], states: [State]) {
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            var state = makeState()
            let results = (0..<count).map { body(&state, $0) }
            return (results, [state])
        }
        var results = [T?](repeating: nil, count: count)
        var states = [State?](repeating: nil, count: workers)
        let next = Atomic<Int>(0)
        let chunk = Self.chunk(of: count, workers: workers)
        results.withUnsafeMutableBufferPointer { resultBuffer in
            states.withUnsafeMutableBufferPointer { stateBuffer in
                nonisolated(unsafe) let slots = resultBuffer
                nonisolated(unsafe) let stateSlots = stateBuffer
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var state = makeState()
                    while true {
                        let first = next.wrappingAdd(chunk, ordering: .relaxed).oldValue
                        guard first < count else { break }
                        for index in first..<min(first + chunk, count) { slots[index] = body(&state, index) }
                    }
                    stateSlots[worker] = state
                }
            }
        }
        return (results.map { $0! }, states.map { $0! })
    }

    /// How many neighbouring items a thread takes at once: up to 16, and at least sixteen turns
    /// per thread, so that the last turns still balance the threads. Neighbouring items' objects
    /// lie side by side in memory; taken by different threads, their reference counts share
    /// cache lines that both cores write (a two-thread build of 1,000 pages took 1–6 % more CPU
    /// when each thread took one item at a time, docs/performance.md, round 13).
    static func chunk(of count: Int, workers: Int) -> Int {
        min(16, max(1, count / (16 * workers)))
    }

    /// Runs two independent steps at once (when `jobs` allows) and returns both results.
    /// `second` runs on the calling thread, so its own `map`s use every thread (a `map`
    /// nested in another runs on one); `first` should be the shorter, serial step.
    static func both<A, B>(jobs: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
        guard jobs > 1 else { return (first(), second()) }
        return withoutActuallyEscaping(first) { first in
            let side = SideResult(first)
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { side.run() }
            let b = second()
            group.wait()
            return (side.value!, b)
        }
    }

    /// The result of a step run on another thread, read once that thread is done.
    private final class SideResult<Value>: @unchecked Sendable {
        let step: () -> Value
        var value: Value?
        init(_ step: @escaping () -> Value) { self.step = step }
        func run() { value = step() }
    }
}
