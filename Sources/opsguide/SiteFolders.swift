import ArgumentParser
import OpsGuideKit

/// The folder options shared by the commands that read a site.
struct SiteFolders: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder holding site.yaml and the Markdown content.", valueName: "dir"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("The folder holding the Mustache templates and static/ theme files.", valueName: "dir"))
    var templates = "templates"
}
