import Foundation

/// Paths for diagnostics: relative to the current directory when the file lies below it,
/// absolute otherwise — what an editor or CI needs to open the file.
public struct DisplayPath: Sendable {
    private let absoluteRoot: String
    private let shownRoot: String

    /// `root` is a folder, absolute or relative to the current directory.
    public init(root: String, currentDirectory: String = FileManager.default.currentDirectoryPath) {
        let absolute = Self.absolute(root, in: currentDirectory)
        absoluteRoot = absolute
        let base = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        if absolute == currentDirectory {
            shownRoot = ""
        } else if absolute.hasPrefix(base) {
            shownRoot = String(absolute.dropFirst(base.count)) + "/"
        } else {
            shownRoot = absolute + "/"
        }
    }

    public var root: String { absoluteRoot }

    /// The display form of a path relative to the root.
    public func show(_ relativePath: String) -> String { shownRoot + relativePath }

    /// The absolute path of a path relative to the root.
    public func absolute(_ relativePath: String) -> String {
        relativePath.isEmpty ? absoluteRoot : absoluteRoot + "/" + relativePath
    }

    /// Makes `path` absolute against `directory` and removes `.`, `..` and repeated slashes.
    public static func absolute(_ path: String, in directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
