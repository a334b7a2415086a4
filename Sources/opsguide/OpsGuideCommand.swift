import ArgumentParser
import OpsGuideKit

@main
struct OpsGuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opsguide",
        abstract: "Build a static decision guide from Markdown knowledge articles.",
        discussion: """
            OpsGuide reads methodologies, practices and pages from a content folder, links them into \
            a knowledge graph and a comparison matrix, and writes a static HTML site with a decision guide.

            Start with `opsguide build` in a folder that holds content/ and templates/.
            """,
        version: OpsGuideVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self]
    )
}
