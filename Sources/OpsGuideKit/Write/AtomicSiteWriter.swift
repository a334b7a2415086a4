import CRename
import Foundation

/// Write stage: builds the whole site in a hidden sibling folder, then swaps it with the output
/// folder in one `renameat2(RENAME_EXCHANGE)`, so readers and later builds always see either
/// the previous complete site or the new one, never a half-written mix.
public enum AtomicSiteWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The prefix of temporary folders, listed in `.gitignore`.
    public static let temporaryPrefix = ".opsguide-tmp-"

    /// Writes `files` (paths relative to the site root) as the new contents of `output` (absolute).
    /// Refuses, before touching the disk, a path that could leave the output folder and two
    /// files with the same path.
    public static func write(_ files: [OutputFile], to output: String, jobs: Int) throws {
        var seen: Set<String> = []
        for file in files {
            guard isInsideOutput(file.path) else { throw Failure(description: "refusing to write '\(file.path)': it is not a plain path inside the output folder") }
            guard seen.insert(file.path).inserted else { throw Failure(description: "refusing to write '\(file.path)' twice") }
        }
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        try createDirectory(parent)
        removeStaleTemporaries(in: parent, for: name)
        let temporary = "\(parent)/\(temporaryPrefix)\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            try createDirectory(temporary)
            let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
            for folder in folders.sorted() { try createDirectory(temporary + "/" + folder) }
            let failures = Parallel.map(files.count, jobs: jobs) { index in
                writeFile(files[index], under: temporary)
            }.compactMap { $0 }
            if let failure = failures.first { throw Failure(description: failure) }
            try swap(temporary, into: output)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        try? FileManager.default.removeItem(atPath: temporary)
    }

    /// A relative path of plain names: no `..`, `.` or empty segment, no NUL, not absolute.
    static func isInsideOutput(_ path: String) -> Bool {
        !path.isEmpty && !path.contains("\0")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// Exchanges the folders atomically when `output` exists, renames otherwise.
    private static func swap(_ temporary: String, into output: String) throws {
        if FileManager.default.fileExists(atPath: output) {
            guard opsguide_exchange_paths(temporary, output) == 0 else {
                throw Failure(description: "cannot replace '\(output)': \(String(cString: strerror(errno)))")
            }
        } else if rename(temporary, output) != 0 {
            throw Failure(description: "cannot create '\(output)': \(String(cString: strerror(errno)))")
        }
    }

    /// Returns an error message, or nil on success.
    private static func writeFile(_ file: OutputFile, under root: String) -> String? {
        let path = root + "/" + file.path
        switch file.contents {
        case .text(let text):
            var text = text
            return text.withUTF8 { writeBytes(UnsafeRawBufferPointer($0), to: path) }
        case .copy(let source):
            switch FileSystem.read(source) {
            case .failure(let failure): return "cannot read '\(source)': \(failure.message)"
            case .success(let bytes): return bytes.withUnsafeBytes { writeBytes($0, to: path) }
            }
        }
    }

    private static func writeBytes(_ bytes: UnsafeRawBufferPointer, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return "cannot write '\(path)': \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return "cannot write '\(path)': \(String(cString: strerror(errno)))"
            }
            offset += written
        }
        return nil
    }

    private static func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create folder '\(path)': \(error.localizedDescription)")
        }
    }

    /// Removes temporary folders left by builds that were killed (their process is gone).
    private static func removeStaleTemporaries(in parent: String, for name: String) {
        let prefix = "\(temporaryPrefix)\(name)-"
        for entry in FileSystem.list(parent) where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }
}
