import Foundation

/// What to build from and where to; paths absolute or relative to the current directory.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var jobs: Int
    /// Warnings block the build like errors (nothing is written).
    public var strict = false
    /// The site's objects are left for the system to reclaim when the process exits instead of
    /// being freed one by one after the build (as clang's `-disable-free`): for a command that
    /// exits right after building. Freeing a 10,000-page site took about 5 % of the build's
    /// wall time, on one thread.
    public var leavesMemoryToExit = false

    public init(content: String = "content", templates: String = "templates", output: String = "site",
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.content = content
        self.templates = templates
        self.output = output
        self.jobs = max(1, jobs)
    }

    /// A problem with the options themselves (exit status 64), found before anything is read or deleted.
    public struct UsageError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Refuses a missing content or templates folder, an output that is a file, and an output
    /// that is, contains or lies inside the content or templates folder.
    public func validate(currentDirectory: String = FileManager.default.currentDirectoryPath) throws {
        let content = FileSystem.realPath(DisplayPath.absolute(self.content, in: currentDirectory))
        guard let content, FileSystem.isDirectory(content) else {
            throw UsageError(description: "content folder '\(self.content)' does not exist")
        }
        guard let templates = FileSystem.realPath(DisplayPath.absolute(self.templates, in: currentDirectory)),
            FileSystem.isDirectory(templates)
        else {
            throw UsageError(description: "templates folder '\(self.templates)' does not exist")
        }
        let outputPath = DisplayPath.absolute(output, in: currentDirectory)
        let type = FileSystem.entryType(outputPath)
        if type != .missing, !FileSystem.isDirectory(outputPath) {
            throw UsageError(description: "output path '\(output)' exists and is not a folder")
        }
        let resolvedOutput = Self.resolveExistingPrefix(outputPath)
        for (name, folder) in [("content", content), ("templates", templates)] {
            if resolvedOutput == folder || resolvedOutput.hasPrefix(folder + "/") || folder.hasPrefix(resolvedOutput + "/") || resolvedOutput == "/" {
                throw UsageError(description: "output folder '\(output)' overlaps the \(name) folder; choose a folder outside it")
            }
        }
    }

    /// The real path of the longest existing ancestor, with the rest appended (symlinks resolved).
    static func resolveExistingPrefix(_ path: String) -> String {
        var existing = path
        var rest: [String] = []
        while FileSystem.realPath(existing) == nil, existing != "/" {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        let base = FileSystem.realPath(existing) ?? existing
        return ([base == "/" ? "" : base] + rest).joined(separator: "/")
    }
}
