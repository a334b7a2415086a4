import ArgumentParser
import Foundation
import OpsGuideCommandLine
import OpsGuideKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new, minimal comparison guide that builds and checks clean.",
        discussion: "Writes content/ (site.yaml, two methodologies, two practices, a small decision guide) and a copy of the templates into <dir>."
    )

    @Argument(help: ArgumentHelp("The folder to create (missing or empty).", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("The templates to copy.", valueName: "dir"))
    var templates = "templates"

    func run() throws {
        do {
            try StarterSite.create(in: directory, templates: templates)
        } catch let failure as Scaffold.Failure {
            FileHandle.standardError.write(Data("error: \(failure.description)\n".utf8))
            throw ExitStatus.usage
        }
        print("Created a new guide in \(directory). Next: cd \(directory) && opsguide build")
    }
}
