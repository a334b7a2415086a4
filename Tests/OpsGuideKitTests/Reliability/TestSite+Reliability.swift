import Foundation
import Testing
@testable import OpsGuideKit

/// What the reliability corpus asks of a test site: build it, break it, and tell whether the
/// previous output survived.
extension TestSite {
    /// The outcome of a build that must fail.
    struct FailedBuild {
        /// Errors as printed, the temporary folder replaced by `content/`, sorted.
        var errors: [String]
        /// The output folder is byte for byte what the last good build wrote.
        var previousOutputUntouched: Bool
        /// No temporary folder of the writer is left beside the output.
        var noTemporaryFolderLeft: Bool
    }

    /// Builds the site as it is (which must succeed), runs `breakIt`, builds again and compares
    /// the output folder with a copy of the first build.
    func buildAfterBreaking(_ breakIt: () throws -> Void) throws -> FailedBuild {
        let first = build()
        if first.hasErrors { Issue.record("the site must build before it is broken: \(diagnosticLines(first))") }
        let before = root.appendingPathComponent("before").path
        try FileManager.default.copyItem(atPath: output, toPath: before)
        try breakIt()
        let report = build()
        let errors = diagnosticLines(report).filter { $0.contains(": error: ") }.sorted()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { $0.hasPrefix(AtomicSiteWriter.temporaryPrefix) }
        return FailedBuild(
            errors: errors, previousOutputUntouched: try SiteComparison.differences(before, output).isEmpty,
            noTemporaryFolderLeft: leftovers.isEmpty)
    }

    /// Error lines of a build (warnings left out), as printed, sorted.
    func errorLines(_ report: BuildReport) -> [String] {
        diagnosticLines(report).filter { $0.contains(": error: ") }.sorted()
    }

    /// Every regular file of the content folder, relative to it.
    func contentFiles() -> [String] {
        SiteComparison.files(content)
    }

    /// Rewrites every text file of the content folder through `transform`.
    func transformEveryTextFile(_ transform: (Data) -> Data) throws {
        for path in contentFiles() where path.hasSuffix(".md") || path.hasSuffix(".yaml") {
            let url = URL(fileURLWithPath: content).appendingPathComponent(path)
            try transform(Data(contentsOf: url)).write(to: url)
        }
    }

    /// A text file of the fixture this site was copied from.
    static func fixtureText(_ path: String, fixture: String = "valid-site") throws -> String {
        try String(contentsOf: testsRoot.appendingPathComponent("Fixtures/\(fixture)/\(path)"), encoding: .utf8)
    }
}
