import ArgumentParser
import Foundation
import OpsGuideCommandLine
import OpsGuideKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Every problem in the content is reported as `path:line:column: error: message`; with any \
            error nothing is written and the previous output stays as it was. The new site replaces \
            the output folder in one atomic step.
            """
    )

    @OptionGroup var folders: SiteFolders
    @OptionGroup var diagnostics: DiagnosticOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the site to; replaced as a whole.", valueName: "dir"))
    var output = "site"

    @Option(name: .long, help: ArgumentHelp("How many pages to render in parallel. (default: all cores)", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var options = BuildOptions(
            content: folders.content, templates: folders.templates, output: output,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        options.strict = diagnostics.strict
        options.leavesMemoryToExit = true
        try folders.validate(options)
        let report = SiteBuilder.build(options)
        if diagnostics.report(report.diagnostics) { throw ExitStatus.contentErrors }
        print("Built \(report.pagesWritten) pages (\(report.filesWritten) files) into \(output) in \(String(format: "%.2f", report.seconds)) s")
    }
}
