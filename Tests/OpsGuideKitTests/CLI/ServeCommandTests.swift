import Foundation
import Testing

/// `opsguide serve` as a process: it becomes `opsguide-serve` in the same process, which Ctrl-C
/// stops cleanly, and says what to build when that program is missing.
@Suite(.serialized) struct ServeCommandTests {
    @Test(.timeLimit(.minutes(1))) func handsOverToTheServerWhichCtrlCStops() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandRunner.binary)
        process.arguments = ["serve", "--content", site.content, "--templates", TestSite.templates, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = Data()
        while !String(decoding: printed, as: UTF8.self).contains("Serving") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += chunk
        }
        let commandLine = try String(contentsOfFile: "/proc/\(process.processIdentifier)/cmdline", encoding: .utf8)
        #expect(commandLine.split(separator: "\0").first == "opsguide-serve")
        #expect(commandLine.split(separator: "\0").dropFirst().joined(separator: " ")
            == "--content \(site.content) --templates \(TestSite.templates) --host 127.0.0.1 --port 0")
        process.interrupt()
        printed += output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: printed, as: UTF8.self).hasSuffix("Stopped.\n"))
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
