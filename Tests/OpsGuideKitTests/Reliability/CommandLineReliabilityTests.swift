import Foundation
import Testing
@testable import OpsGuideKit

/// The built `opsguide` binary on bad input, as CI runs it: exit status 1 with the exact
/// diagnostic for content errors, 64 for usage errors, and nothing deleted or replaced on either.
/// (`CheckCommandTests` covers a missing content folder and an output inside the content.)
@Suite struct CommandLineReliabilityTests {
    /// A site with its own copy of the templates, so that a usage check that failed could only
    /// ever delete a temporary folder.
    func siteWithTemplates(at templatesPath: String = "templates") throws -> TestSite {
        let site = try TestSite()
        let destination = site.root.appendingPathComponent(templatesPath)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestSite.templates, toPath: destination.path)
        return site
    }

    @Test func contentErrorExitsWithOneAndTheExactLine() throws {
        let site = try siteWithTemplates()
        defer { site.cleanUp() }
        #expect(try CommandRunner.run(["build"], in: site.root.path).status == 0)
        let before = try SiteSnapshot(site.output)
        try site.write("practices/reviews.md", Data("---\ntitle: Code r".utf8) + Data([0xFF]) + Data("eviews\n---\n".utf8))
        let result = try CommandRunner.run(["build"], in: site.root.path)
        #expect(result.status == 1)
        #expect(result.stderrLines == ["content/practices/reviews.md:2:14: error: file is not valid UTF-8", "1 error, 0 warnings generated."])
        #expect(try SiteSnapshot(site.output) == before)
    }

    @Test(arguments: [
        (["--output", "existing.txt"], "error: output path 'existing.txt' exists and is not a folder"),
        (["--output", "link-to-file"], "error: output path 'link-to-file' exists and is not a folder"),
        (["--output", "templates"], "error: output folder 'templates' overlaps the templates folder; choose a folder outside it"),
        (["--output", "templates/static"], "error: output folder 'templates/static' overlaps the templates folder; choose a folder outside it"),
        (["--output", "link-to-content"], "error: output folder 'link-to-content' overlaps the content folder; choose a folder outside it"),
        (["--output", "link-to-content/new/site"], "error: output folder 'link-to-content/new/site' overlaps the content folder; choose a folder outside it"),
        (["--templates", "nope"], "error: templates folder 'nope' does not exist"),
        (["--content", "existing.txt"], "error: content folder 'existing.txt' does not exist"),
    ])
    func usageErrorExitsWith64AndDeletesNothing(arguments: [String], message: String) throws {
        let site = try siteWithTemplates()
        defer { site.cleanUp() }
        let existing = site.root.appendingPathComponent("existing.txt")
        try Data("keep me\n".utf8).write(to: existing)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("link-to-file").path, withDestinationPath: existing.path)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("link-to-content").path, withDestinationPath: site.content)
        let before = try SiteSnapshot(site.root.path)
        let result = try CommandRunner.run(["build"] + arguments, in: site.root.path)
        #expect(result.status == 64)
        #expect(result.stderrLines == [message])
        #expect(try SiteSnapshot(site.root.path) == before)
    }

    @Test func outputThatContainsTheTemplatesIsRefused() throws {
        let site = try siteWithTemplates(at: "theme/templates")
        defer { site.cleanUp() }
        let before = try SiteSnapshot(site.root.path)
        let result = try CommandRunner.run(["build", "--templates", "theme/templates", "--output", "theme"], in: site.root.path)
        #expect(result.status == 64)
        #expect(result.stderrLines == ["error: output folder 'theme' overlaps the templates folder; choose a folder outside it"])
        #expect(try SiteSnapshot(site.root.path) == before)
    }

    /// CI runs as root, which reads any file whatever its permission bits: the build that meets
    /// the unreadable file runs as `nobody` through `setpriv` then, from a copy of the binary in
    /// the temporary folder (the checkout may not be open to other users).
    @Test func unreadableFileFailsWithItsPath() throws {
        let site = try siteWithTemplates()
        defer { site.cleanUp() }
        #expect(try CommandRunner.run(["build"], in: site.root.path).status == 0)
        let before = try SiteSnapshot(site.output)
        let file = site.content + "/practices/reviews.md"
        #expect(chmod(file, 0) == 0)
        defer { chmod(file, 0o644) }
        let result: CommandRunner.Result
        if getuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            try #require(FileManager.default.isExecutableFile(atPath: setpriv), "setpriv (util-linux) runs the build as another user")
            let binary = site.root.appendingPathComponent("opsguide").path
            try FileManager.default.copyItem(atPath: CommandRunner.binary, toPath: binary)
            result = try CommandRunner.run(
                ["--reuid=65534", "--regid=65534", "--clear-groups", binary, "build"], in: site.root.path, executable: setpriv)
        } else {
            result = try CommandRunner.run(["build"], in: site.root.path)
        }
        #expect(result.status == 1)
        #expect(result.stderrLines == ["content/practices/reviews.md: error: cannot read file: permission denied", "1 error, 0 warnings generated."])
        #expect(try SiteSnapshot(site.output) == before)
    }
}
