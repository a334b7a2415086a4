import Foundation
import Testing
@testable import OpsGuideKit

/// The guide we ship: it builds without a single diagnostic, and the committed site/ is exactly
/// what a fresh build produces (which also proves the build deterministic).
@Suite struct ShippedSiteTests {
    @Test func committedSiteEqualsAFreshBuild() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("opsguide-fresh-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let report = SiteBuilder.build(BuildOptions(content: ShippedContent.contentFolder, templates: TestSite.templates, output: output, jobs: 2))
        #expect(report.diagnostics.map(\.formatted) == [])
        #expect(try SiteComparison.differences(output, ShippedContent.siteFolder) == [],
                "site/ is stale: run scripts/build.sh and commit site/")
    }
}
