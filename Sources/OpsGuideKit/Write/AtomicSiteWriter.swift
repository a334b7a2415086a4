import CRename
import Foundation

/// Write stage: builds the whole site in a hidden sibling folder, then swaps it with the output
/// folder in one `renameat2(RENAME_EXCHANGE)`, so readers and later builds always see either
/// the previous complete site or the new one, never a half-written mix.
///
/// Pages are written as they are rendered, from several threads, so a large site is never held
/// in memory as a whole.
public final class AtomicSiteWriter: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The prefix of temporary folders, listed in `.gitignore`.
    public static let temporaryPrefix = ".opsguide-tmp-"

    private let output: String
    private let temporary: String
    private let lock = NSLock()
    private var seen: Set<String> = []
    /// Each folder of the new site made so far, open: a file is created by its name in its
    /// folder, without the kernel walking the whole path again for each of 10,000 files.
    private var folders: [String: Int32] = [:]
    private var failure: String?

    /// Starts a new site for `output` (absolute) in an empty temporary folder beside it.
    public init(output: String) throws {
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        self.output = output
        temporary = "\(parent)/\(Self.temporaryPrefix)\(name)-\(getpid())"
        try Self.createDirectory(parent)
        Self.removeStaleTemporaries(in: parent, for: name)
        try? FileManager.default.removeItem(atPath: temporary)
        try Self.createDirectory(temporary)
        folders[""] = try Self.openFolder(temporary)
    }

    deinit {
        closeFolders()
    }

    /// Writes one file of the new site (path relative to the site root). Safe to call from many
    /// threads. Refuses, without touching the disk, a path that could leave the output folder
    /// and a second file with the same path; `commit` then fails.
    public func write(_ file: OutputFile) {
        guard let (folder, name) = Self.folderAndName(file.path) else {
            return fail("refusing to write '\(file.path)': it is not a plain path inside the output folder")
        }
        let opened: Result<Int32, Failure> = lock.withLock {
            guard seen.insert(file.path).inserted else { return .failure(Failure(description: "refusing to write '\(file.path)' twice")) }
            if let descriptor = folders[folder] { return .success(descriptor) }
            do {
                try Self.createDirectory(temporary + "/" + folder)
                let descriptor = try Self.openFolder(temporary + "/" + folder)
                folders[folder] = descriptor
                return .success(descriptor)
            } catch {
                return .failure(Failure(description: "\(error)"))
            }
        }
        switch opened {
        case .failure(let problem): fail(problem.description)
        case .success(let descriptor):
            if let problem = Self.writeFile(file, named: name, in: descriptor, shownAs: temporary + "/" + file.path) { fail(problem) }
        }
    }

    /// Puts the new site in place of the old one, or throws the first problem any write had
    /// (and leaves the old site as it was).
    public func commit() throws {
        if let failure = lock.withLock({ failure }) {
            discard()
            throw Failure(description: failure)
        }
        do {
            try Self.swap(temporary, into: output)
        } catch {
            discard()
            throw error
        }
        discard()
    }

    /// Removes the temporary folder, with whatever was written to it; the output folder stays
    /// as it was. For a build that found an error after it began writing.
    public func discard() {
        closeFolders()
        try? FileManager.default.removeItem(atPath: temporary)
    }

    private func closeFolders() {
        lock.withLock {
            for descriptor in folders.values { close(descriptor) }
            folders = [:]
        }
    }

    private func fail(_ message: String) {
        lock.withLock {
            if failure == nil { failure = message }
        }
    }

    /// The folder (empty for the site root) and the file name of `path` when it is a relative
    /// path of plain names: no `..`, `.` or empty segment, no NUL byte, not absolute; nil
    /// otherwise. Read as bytes, as the file system reads it (`/`, `.` and NUL are never part of
    /// another character's UTF-8), and without walking the path's characters, which cost more
    /// than writing a small file.
    static func folderAndName(_ path: String) -> (folder: String, name: String)? {
        var path = path
        return path.withUTF8 { bytes in
            let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
            guard !bytes.isEmpty, bytes.index(of: 0, from: 0) == nil else { return nil }
            var start = 0
            var lastSlash: Int?
            while true {
                let end = bytes.index(of: slash, from: start) ?? bytes.count
                let segment = bytes[start..<end]
                guard !segment.isEmpty, !(segment.count <= 2 && segment.allSatisfy { $0 == dot }) else { return nil }
                guard end < bytes.count else { break }
                lastSlash = end
                start = end + 1
            }
            guard let lastSlash else { return ("", String(decoding: bytes, as: UTF8.self)) }
            return (String(decoding: bytes[..<lastSlash], as: UTF8.self), String(decoding: bytes[(lastSlash + 1)...], as: UTF8.self))
        }
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

    /// Writes `file` as `name` in the open folder `folder`; returns an error message (about
    /// `path`), or nil on success.
    private static func writeFile(_ file: OutputFile, named name: String, in folder: Int32, shownAs path: String) -> String? {
        switch file.contents {
        case .text(let text):
            var text = text
            return text.withUTF8 { writeBytes(UnsafeRawBufferPointer($0), named: name, in: folder, shownAs: path) }
        case .bytes(let bytes):
            return bytes.withUnsafeBytes { writeBytes($0, named: name, in: folder, shownAs: path) }
        case .pieces(let pieces):
            return writePieces(pieces, named: name, in: folder, shownAs: path)
        case .copy(let source):
            switch FileSystem.read(source) {
            case .failure(let failure): return "cannot read '\(source)': \(failure.message)"
            case .success(let bytes): return bytes.withUnsafeBytes { writeBytes($0, named: name, in: folder, shownAs: path) }
            }
        }
    }

    private static func writeBytes(_ bytes: UnsafeRawBufferPointer, named name: String, in folder: Int32, shownAs path: String) -> String? {
        create(name, in: folder, shownAs: path) { write(bytes, to: $0, shownAs: path) }
    }

    /// Writes each piece as it comes, making the parts of `batches` pieces round by round.
    private static func writePieces(_ pieces: [OutputFile.Piece], named name: String, in folder: Int32, shownAs path: String) -> String? {
        create(name, in: folder, shownAs: path) { descriptor in
            var problem: String?
            let writePart = { (part: [UInt8]) -> Bool in
                problem = part.withUnsafeBytes { write($0, to: descriptor, shownAs: path) }
                return problem == nil
            }
            for piece in pieces {
                let wroteAll: Bool
                switch piece {
                case .bytes(let part): wroteAll = writePart(part)
                case .batches(let batches): wroteAll = batches.forEach(while: writePart)
                }
                if !wroteAll { break }
            }
            return problem
        }
    }

    /// Creates the file `name` in the open folder `folder` and hands its descriptor to `body`;
    /// returns an error message, or nil on success.
    private static func create(_ name: String, in folder: Int32, shownAs path: String, _ body: (Int32) -> String?) -> String? {
        let descriptor = openat(folder, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return "cannot write '\(path)': \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        return body(descriptor)
    }

    /// Writes all of `bytes` to the open file; returns an error message, or nil on success.
    private static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, shownAs path: String) -> String? {
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

    private static func openFolder(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: "cannot open folder '\(path)': \(String(cString: strerror(errno)))") }
        return descriptor
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
