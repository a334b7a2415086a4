import Foundation

/// Everything under a folder — each entry's kind, a file's bytes, a symbolic link's target —
/// taken without following links, so two snapshots are equal exactly when nothing was added,
/// removed, replaced or rewritten.
struct SiteSnapshot: Equatable {
    enum Entry: Equatable {
        case folder
        case file(Data)
        case symlink(String)
    }

    let entries: [String: Entry]

    init(_ root: String) throws {
        var entries: [String: Entry] = [:]
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
                let path = relative.isEmpty ? name : relative + "/" + name
                let absolute = root + "/" + path
                var info = stat()
                guard lstat(absolute, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    entries[path] = .folder
                    pending.append(path)
                case S_IFLNK:
                    entries[path] = .symlink(try FileManager.default.destinationOfSymbolicLink(atPath: absolute))
                default:
                    entries[path] = .file(try Data(contentsOf: URL(fileURLWithPath: absolute)))
                }
            }
        }
        self.entries = entries
    }
}
