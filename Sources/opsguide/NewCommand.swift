import ArgumentParser
import Foundation
import OpsGuideCommandLine
import OpsGuideKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a methodology, practice or page with valid front matter and a skeleton of headings.",
        subcommands: [NewMethodology.self, NewPractice.self, NewPage.self]
    )
}

/// Options every `new` subcommand takes.
struct NewFileOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The id, which is also the file name: lowercase letters, digits and single hyphens.", valueName: "id"))
    var id: String

    @Option(name: .long, help: "The title (default: the id in words).")
    var title: String?

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "content"

    func create(_ request: Scaffold.Request) throws {
        do {
            let path = try Scaffold.create(request, content: content)
            print("Created \(path)")
        } catch let failure as Scaffold.Failure {
            FileHandle.standardError.write(Data("error: \(failure.description)\n".utf8))
            throw ExitStatus.usage
        }
    }
}

struct NewMethodology: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "methodology", abstract: "Create content/methodologies/<id>.md.")
    @OptionGroup var options: NewFileOptions

    func run() throws {
        try options.create(Scaffold.Request(kind: .methodology, id: options.id, title: options.title))
    }
}

struct NewPractice: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "practice", abstract: "Create content/practices/<id>.md.")
    @OptionGroup var options: NewFileOptions

    @Option(name: .long, help: ArgumentHelp("The category id from site.yaml (default: the first one).", valueName: "id"))
    var category: String?

    @Option(name: .long, help: ArgumentHelp("Comma-separated ids of the methodologies that use it, each as a core practice.", valueName: "a,b"))
    var methodologies: String?

    func run() throws {
        let ids = (methodologies ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        try options.create(Scaffold.Request(kind: .practice, id: options.id, title: options.title, category: category, methodologies: ids))
    }
}

struct NewPage: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "page", abstract: "Create content/pages/<id>.md.")
    @OptionGroup var options: NewFileOptions

    func run() throws {
        try options.create(Scaffold.Request(kind: .page, id: options.id, title: options.title))
    }
}
