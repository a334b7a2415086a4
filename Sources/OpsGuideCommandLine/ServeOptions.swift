import ArgumentParser

/// What `opsguide serve` accepts and says about itself. `opsguide` parses these options (and
/// prints the help), then hands the process over to `opsguide-serve`, which parses them again:
/// the server's networking libraries are loaded only by the program that serves.
public struct ServeOptions: ParsableArguments {
    public static let abstract = "Preview the site with live reload while you edit."
    public static let discussion = """
        Serves the site from memory (site/ is never touched) on http://127.0.0.1:8000 and watches the \
        content and templates folders. Every save checks the site again and reloads the open pages, \
        which are rendered when the browser asks for them; \
        when an edit breaks the build, the last good site stays up and the diagnostics are shown \
        over it until the problem is fixed. Stop with Ctrl-C.
        """

    @OptionGroup public var folders: SiteFolders

    @Option(name: .long, help: "The address to listen on; only this machine can connect to the default.")
    public var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    public var port: UInt16 = 8000

    public init() {}

    /// The options as command-line arguments, every one spelled out.
    public var arguments: [String] {
        ["--content", folders.content, "--templates", folders.templates, "--host", host, "--port", String(port)]
    }
}
