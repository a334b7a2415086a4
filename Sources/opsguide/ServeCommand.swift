import ArgumentParser
import Foundation
import OpsGuideCommandLine

/// `opsguide serve`: checks its options, then becomes `opsguide-serve` (same process id, same
/// terminal), so that `build` and `check` never load the server's networking libraries.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: ServeOptions.abstract, discussion: ServeOptions.discussion)

    /// The program that serves, looked for next to this one and then on PATH.
    static let serverName = "opsguide-serve"

    @OptionGroup var options: ServeOptions

    func run() throws {
        let folder = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        let arguments = [Self.serverName] + options.arguments
        if let sibling = folder?.appendingPathComponent(Self.serverName).path, FileManager.default.isExecutableFile(atPath: sibling) {
            execute(sibling, arguments, search: false)
        }
        execute(Self.serverName, arguments, search: true)
        let place = folder.map { "next to \($0.path) nor " } ?? ""
        FileHandle.standardError.write(Data("""
            error: `opsguide serve` runs the \(Self.serverName) program, which is neither \(place)on PATH; \
            scripts/build.sh builds both programs into .build/release

            """.utf8))
        throw ExitStatus.unavailable
    }

    /// Replaces this process with `path`; returns only if that failed.
    private func execute(_ path: String, _ arguments: [String], search: Bool) {
        var argv = arguments.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        _ = search ? execvp(path, argv) : execv(path, argv)
    }
}
