import ArgumentParser
import Foundation
import OpsGuideCommandLine
import OpsGuideKit
import OpsGuideServe

/// The preview server's program, which `opsguide serve` hands over to. It is a program of its
/// own so that the networking libraries it needs are loaded only when something is served.
@main
struct ServeMain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opsguide-serve", abstract: ServeOptions.abstract, discussion: ServeOptions.discussion,
        version: OpsGuideVersion.current)

    @OptionGroup var options: ServeOptions

    func run() async throws {
        let folders = options.folders, content = folders.content
        let build = BuildOptions(content: folders.content, templates: folders.templates, output: ".opsguide-preview")
        try folders.validate(build)
        let server: PreviewServer
        do {
            server = try PreviewServer(options: build, host: options.host, port: options.port)
        } catch let failure as PreviewServer.Failure {
            FileHandle.standardError.write(Data("error: \(failure.description)\n".utf8))
            throw ExitStatus.usage
        }
        let task = Task {
            try await server.run { url in
                FileHandle.standardOutput.write(Data("Serving \(content) at \(url) — Ctrl-C to stop\n".utf8))
            }
        }
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        let terminate = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .main)
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        for source in [interrupt, terminate] {
            source.setEventHandler { task.cancel() }
            source.resume()
        }
        do {
            try await task.value
        } catch let failure as PreviewServer.Failure {
            FileHandle.standardError.write(Data("error: \(failure.description)\n".utf8))
            throw ExitStatus.usage
        } catch where task.isCancelled {
            FileHandle.standardOutput.write(Data("Stopped.\n".utf8))
        }
    }
}
