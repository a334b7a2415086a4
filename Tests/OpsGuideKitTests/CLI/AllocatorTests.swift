import Foundation
import Testing

/// `opsguide` runs on jemalloc with the options it was linked with (CAllocatorOptions): were the
/// library or the options symbol dropped at link time, builds would lose their measured speed
/// without any test failing.
@Suite struct AllocatorTests {
    @Test func opsguideRunsOnJemallocWithHugePages() throws {
        let result = try CommandRunner.run(["--version"], in: TestSite.repositoryRoot.path, environment: ["MALLOC_CONF": "stats_print:true"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("jemalloc"))
        #expect(result.stderr.contains("opt.thp: \"always\""))
    }
}
