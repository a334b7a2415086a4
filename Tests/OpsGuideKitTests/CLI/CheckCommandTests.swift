import Foundation
import Testing

/// `opsguide check` and `build` as a process: output formats, `--strict`, exit statuses.
@Suite struct CheckCommandTests {
    /// The fixture with one warning (unknown key) and one error (broken link).
    func brokenSite() throws -> TestSite {
        let site = try TestSite()
        try site.write("pages/about.md", "---\ntitle: About\nsumary: S\nsummary: S\n---\nSee [x](nope.md).\n")
        try FileManager.default.copyItem(atPath: TestSite.templates, toPath: site.root.appendingPathComponent("templates").path)
        return site
    }

    @Test func checkIsCleanOnTheFixtureAndWritesNothing() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let result = try CommandRunner.run(["check", "--content", "content", "--templates", TestSite.templates, "--strict"], in: site.root.path)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func textFormatSortsAndCounts() throws {
        let site = try brokenSite()
        defer { site.cleanUp() }
        let result = try CommandRunner.run(["check"], in: site.root.path)
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "content/pages/about.md:3:1: warning: unknown page key 'sumary'; did you mean 'summary'?",
            "content/pages/about.md:6:9: error: link to missing file 'pages/nope.md'",
            "1 error, 1 warning generated.",
        ])
    }

    @Test func githubFormatIsWorkflowCommands() throws {
        let site = try brokenSite()
        defer { site.cleanUp() }
        let result = try CommandRunner.run(["check", "--diagnostics-format", "github"], in: site.root.path)
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "::warning file=content/pages/about.md,line=3,col=1,title=unknown-key::unknown page key 'sumary'; did you mean 'summary'?",
            "::error file=content/pages/about.md,line=6,col=9,title=broken-link::link to missing file 'pages/nope.md'",
        ])
    }

    @Test func jsonFormatIsOneObjectPerLine() throws {
        let site = try brokenSite()
        defer { site.cleanUp() }
        let result = try CommandRunner.run(["check", "--diagnostics-format", "json"], in: site.root.path)
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            #"{"column":1,"file":"content/pages/about.md","id":"unknown-key","line":3,"message":"unknown page key 'sumary'; did you mean 'summary'?","severity":"warning"}"#,
            #"{"column":9,"file":"content/pages/about.md","id":"broken-link","line":6,"message":"link to missing file 'pages/nope.md'","severity":"error"}"#,
        ])
    }

    @Test func strictTurnsWarningsIntoErrorsAndBlocksTheBuild() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("pages/about.md", "---\ntitle: About\nsumary: S\nsummary: S\n---\nText.\n")
        let arguments = ["--templates", TestSite.templates]
        #expect(try CommandRunner.run(["check"] + arguments, in: site.root.path).status == 0)
        let strict = try CommandRunner.run(["build", "--strict"] + arguments, in: site.root.path)
        #expect(strict.status == 1)
        #expect(strict.stderrLines.first == "content/pages/about.md:3:1: error: unknown page key 'sumary'; did you mean 'summary'?")
        #expect(!FileManager.default.fileExists(atPath: site.output))
        let build = try CommandRunner.run(["build"] + arguments, in: site.root.path)
        #expect(build.status == 0)
        #expect(build.stdout.hasPrefix("Built 17 pages"))
    }

    @Test(arguments: [
        (["check", "--content", "missing"], "error: content folder 'missing' does not exist"),
        (["build", "--output", "content"], "error: output folder 'content' overlaps the content folder; choose a folder outside it"),
        (["build", "--output", "content/pages"], "error: output folder 'content/pages' overlaps the content folder; choose a folder outside it"),
        (["build", "--output", "."], "error: output folder '.' overlaps the content folder; choose a folder outside it"),
    ])
    func usageErrorsExitWith64(arguments: [String], message: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let result = try CommandRunner.run(arguments + ["--templates", TestSite.templates], in: site.root.path)
        #expect(result.status == 64)
        #expect(result.stderrLines == [message])
        #expect(FileManager.default.fileExists(atPath: site.content + "/site.yaml"))
    }

    @Test func badFlagIsAUsageError() throws {
        let result = try CommandRunner.run(["check", "--bogus"], in: FileManager.default.temporaryDirectory.path)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown option '--bogus'"))
    }
}
