import Foundation
@testable import OpsGuideKit

/// A content folder in a temporary directory, copied from a fixture and then edited file by
/// file, so every bad-input test starts from a site that builds and changes one thing.
struct TestSite {
    static let testsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repositoryRoot = testsRoot.deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repositoryRoot.appendingPathComponent("templates").path

    let root: URL
    var content: String { root.appendingPathComponent("content").path }
    var output: String { root.appendingPathComponent("site").path }

    init(fixture: String = "valid-site") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("opsguide-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Self.testsRoot.appendingPathComponent("Fixtures/\(fixture)").path, toPath: content)
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: content).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: content + "/" + path)
    }

    func options(jobs: Int = 2, output: String? = nil) -> BuildOptions {
        BuildOptions(content: content, templates: Self.templates, output: output ?? self.output, jobs: jobs)
    }

    func build(jobs: Int = 2) -> BuildReport {
        SiteBuilder.build(options(jobs: jobs))
    }

    /// Diagnostics as printed, with the temporary folder replaced by `content/`.
    func diagnosticLines(_ report: BuildReport) -> [String] {
        report.diagnostics.map { $0.formatted.replacingOccurrences(of: content + "/", with: "content/") }
    }

    func read(_ sitePath: String) throws -> String {
        try String(contentsOfFile: output + "/" + sitePath, encoding: .utf8)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}
