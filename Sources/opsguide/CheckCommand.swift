import ArgumentParser
import Foundation
import OpsGuideCommandLine
import OpsGuideKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content and templates without writing anything.",
        discussion: """
            Runs every validation of a build — front matter, ids, links and anchors, the decision guide, \
            templates, the editorial checks of site.yaml — and prints the same diagnostics. Exit status: \
            0 clean, 1 errors (or warnings with --strict), 64 usage errors.
            """
    )

    @OptionGroup var folders: SiteFolders
    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let options = BuildOptions(content: folders.content, templates: folders.templates, output: ".opsguide-check-output")
        try folders.validate(options)
        let report = SiteBuilder.build(options, write: false)
        if diagnostics.report(report.diagnostics) { throw ExitStatus.contentErrors }
    }
}
