import Foundation

/// Runs the built `opsguide` binary, as an author or CI would, and captures what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// The binary next to the test bundle (`swift build --build-tests` builds both).
    static let binary: String = {
        let folder = Bundle.main.executableURL?.deletingLastPathComponent() ?? URL(fileURLWithPath: ".")
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("opsguide").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return TestSite.repositoryRoot.appendingPathComponent(".build/debug/opsguide").path
    }()

    /// `executable` runs instead of the binary when given (e.g. `setpriv` to run it as another
    /// user); `environment`, when given, replaces the inherited one.
    static func run(_ arguments: [String], in directory: String, executable: String = binary, environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
