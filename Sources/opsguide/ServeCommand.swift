import ArgumentParser
import Foundation
import OpsGuideKit
import OpsGuideServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site with live reload while you edit.",
        discussion: """
            Serves the site from memory (site/ is never touched) on http://127.0.0.1:8000 and watches the \
            content and templates folders. Every save checks the site again and reloads the open pages, \
            which are rendered when the browser asks for them; \
            when an edit breaks the build, the last good site stays up and the diagnostics are shown \
            over it until the problem is fixed. Stop with Ctrl-C.
            """
    )

    @OptionGroup var folders: SiteFolders

    @Option(name: .long, help: "The address to listen on; only this machine can connect to the default.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    func run() async throws {
        let options = BuildOptions(content: folders.content, templates: folders.templates, output: ".opsguide-preview")
        try folders.validate(options)
        let server: PreviewServer
        do {
            server = try PreviewServer(options: options, host: host, port: port)
        } catch let failure as PreviewServer.Failure {
            FileHandle.standardError.write(Data("error: \(failure.description)\n".utf8))
            throw ExitStatus.usage
        }
        let task = Task {
            try await server.run { url in
                FileHandle.standardOutput.write(Data("Serving \(folders.content) at \(url) — Ctrl-C to stop\n".utf8))
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
