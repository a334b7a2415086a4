import Synchronization
import Testing
@testable import OpsGuideKit

/// `Parallel.map` hands items out a few at a time, yet returns every result once, in input
/// order, whatever the number of items and threads.
@Suite struct ParallelTests {
    @Test(arguments: [0, 1, 2, 15, 31, 32, 33, 100, 511, 512, 513, 1_000, 4_099])
    func everyItemOnceInOrder(count: Int) {
        for jobs in [1, 2, 3, 8] {
            let calls = Mutex([Int](repeating: 0, count: count))
            let results = Parallel.map(count, jobs: jobs) { index -> Int in
                calls.withLock { $0[index] += 1 }
                return index * 3
            }
            #expect(results == (0..<count).map { $0 * 3 }, "\(count) items, \(jobs) jobs")
            #expect(calls.withLock { $0.allSatisfy { $0 == 1 } }, "\(count) items, \(jobs) jobs")
        }
    }

    /// Each thread's state sees only its own items, and together the states see each item once.
    @Test func statesPartitionTheItems() {
        let (results, states) = Parallel.map(1_000, jobs: 2, state: { [Int]() }) { seen, index -> Int in
            seen.append(index)
            return index
        }
        #expect(results == Array(0..<1_000))
        #expect(states.flatMap { $0 }.sorted() == Array(0..<1_000))
    }

    /// Up to sixteen items at a time, and at least sixteen turns per thread: a few items are
    /// still spread one by one.
    @Test func chunkSizes() {
        #expect(Parallel.chunk(of: 8, workers: 2) == 1)
        #expect(Parallel.chunk(of: 20, workers: 2) == 1)
        #expect(Parallel.chunk(of: 100, workers: 2) == 3)
        #expect(Parallel.chunk(of: 1_000, workers: 2) == 16)
        #expect(Parallel.chunk(of: 100_000, workers: 8) == 16)
    }
}
