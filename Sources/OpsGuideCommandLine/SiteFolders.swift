import ArgumentParser
import Foundation
import OpsGuideKit

/// The folder options shared by the commands that read a site.
public struct SiteFolders: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder holding site.yaml and the Markdown content.", valueName: "dir"))
    public var content = "content"

    @Option(name: .long, help: ArgumentHelp("The folder holding the Mustache templates and static/ theme files.", valueName: "dir"))
    public var templates = "templates"

    public init() {}

    /// Refuses unusable folders before anything is read or deleted (exit status 64).
    public func validate(_ options: BuildOptions) throws {
        do {
            try options.validate()
        } catch let error as BuildOptions.UsageError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitStatus.usage
        }
    }
}
