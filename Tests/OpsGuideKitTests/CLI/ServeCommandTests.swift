import Foundation
import Testing

/// `opsguide serve` as a process: it becomes `opsguide-serve` in the same process, and says what
/// to build when that program is missing.
@Suite(.serialized) struct ServeCommandTests {
    /// The server (`PreviewServerTests.Running`, which also stops it with Ctrl-C) runs as
    /// `opsguide-serve` in the process `opsguide serve` started, with every option spelled out.
    @Test func handsOverToTheServerInTheSameProcess() throws {
        let running = try PreviewServerTests.Running()
        defer { running.stop() }
        let commandLine = try String(contentsOfFile: "/proc/\(running.process.processIdentifier)/cmdline", encoding: .utf8)
            .split(separator: "\0")
        #expect(commandLine.first == "opsguide-serve")
        #expect(commandLine.dropFirst().joined(separator: " ")
            == "--content \(running.site.content) --templates \(TestSite.templates) --host 127.0.0.1 --port 0")
    }

    @Test func withoutTheServerProgramSaysWhatToBuild() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let lone = site.root.appendingPathComponent("bin/opsguide").path
        try FileManager.default.createDirectory(atPath: site.root.appendingPathComponent("bin").path, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CommandRunner.binary, toPath: lone)
        let result = try CommandRunner.run(["serve", "--port", "0"], in: site.root.path, executable: lone, environment: ["PATH": "/nonexistent"])
        #expect(result.status == 69)
        #expect(result.stderrLines == [
            "error: `opsguide serve` runs the opsguide-serve program, which is neither next to \(site.root.path)/bin nor on PATH;"
                + " scripts/build.sh builds both programs into .build/release",
        ])
    }

    @Test func helpComesFromOpsguide() throws {
        let result = try CommandRunner.run(["serve", "--help"], in: TestSite.repositoryRoot.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: opsguide serve [--content <dir>] [--templates <dir>] [--host <host>] [--port <port>]"))
    }
}
