import Foundation

/// The few file-system questions the loader asks, answered without following symbolic links
/// that leave the content folder.
enum FileSystem {
    enum EntryType { case file, directory, symlink, other, missing }

    /// The type of the entry at `path`, relative to the open folder `folder` unless absolute.
    static func entryType(_ path: String, in folder: Int32 = workingFolder) -> EntryType {
        var info = stat()
        guard fstatat(folder, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Directory entries sorted by name (byte order), without `.` and `..`.
    static func list(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    /// An open folder (its descriptor), to find its entries by name, or nil.
    static func openFolder(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return descriptor >= 0 ? descriptor : nil
    }

    static func closeFolder(_ folder: Int32) {
        close(folder)
    }

    /// The folder relative paths start from when no open folder is given; absolute paths
    /// ignore it.
    static let workingFolder = AT_FDCWD

    /// The canonical absolute path, symbolic links resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Reads a whole file (`path` relative to the open folder `folder` unless absolute), or
    /// returns the reason it could not: a file larger than `limit` bytes is not read. The bytes
    /// are read straight into an array sized from `fstat`, which grows if the file does.
    static func read(_ path: String, in folder: Int32 = workingFolder, limit: Int = .max) -> Result<[UInt8], ReadFailure> {
        let descriptor = openat(folder, path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        let size = fstat(descriptor, &info) == 0 ? Int(info.st_size) : nil
        return read(descriptor, size: size, limit: limit)
    }

    /// What `readPlainFile` found.
    enum PlainFile {
        /// ASCII without carriage returns, read straight into the string: no copy, nothing to
        /// decode. The same pass over the bytes found whether placeholders may be in it.
        case text(String, mayContainPlaceholder: Bool)
        /// Any other bytes, for `TextDecoding`.
        case bytes([UInt8])
    }

    /// A regular file of at most `limit` bytes that is not a symbolic link, read without asking
    /// first what the entry is; nil for anything else (a link, a folder, a missing or unreadable
    /// entry, a file too large), which the caller then looks at closely. The question cost a
    /// system call for each of 10,000 files that nearly always are plain.
    ///
    /// One read asks for a byte more than `fstat` gave: a regular file's read returns fewer bytes
    /// than asked only at its end, so a read that returns the size tells that the file ends there,
    /// without a second read that returns nothing (10,000 system calls at 10,000 pages).
    static func readPlainFile(_ path: String, in folder: Int32, limit: Int) -> PlainFile? {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it changes nothing for a file.
        let descriptor = openat(folder, path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= limit else { return nil }
        let size = Int(info.st_size)
        var count = 0
        var failed = false
        var other: [UInt8]?
        var mayContainPlaceholder = false
        let text = String(unsafeUninitializedCapacity: size + 1) { buffer in
            while count <= size {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, size + 1 - count)
                if read < 0, errno == EINTR { continue }
                if read <= 0 {
                    failed = read < 0
                    break
                }
                count += read
                if count == size { break }
            }
            let bytes = UnsafeBufferPointer(rebasing: buffer[..<min(count, size)])
            let scan = SourceScan(bytes)
            guard count == size, scan.isPlain else {
                other = Array(bytes)
                return 0
            }
            mayContainPlaceholder = scan.mayContainPlaceholder
            return count
        }
        if failed { return nil }
        guard count == size else {
            // The file changed size since `fstat`: read again, whole, as bytes.
            return (try? read(path, in: folder, limit: limit).get()).map(PlainFile.bytes)
        }
        return other.map(PlainFile.bytes) ?? .text(text, mayContainPlaceholder: mayContainPlaceholder)
    }

    private static func read(_ descriptor: Int32, size: Int?, limit: Int) -> Result<[UInt8], ReadFailure> {
        if let size, size > limit { return .failure(ReadFailure(errno: EFBIG, size: size)) }
        var capacity = size.map { $0 + 1 } ?? 1 << 16
        var bytes: [UInt8] = []
        while true {
            var failure: Int32?
            let start = bytes.count
            bytes = [UInt8](unsafeUninitializedCapacity: max(capacity, start + 1)) { buffer, count in
                _ = buffer.initialize(from: bytes)
                count = start
                while count < buffer.count {
                    let read = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    if read < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if read == 0 { return }
                    count += read
                }
            }
            if let failure { return .failure(ReadFailure(errno: failure)) }
            if bytes.count < capacity { return .success(bytes) }
            capacity *= 2
        }
    }

    struct ReadFailure: Error {
        var errno: Int32
        /// The size of a file over the limit.
        var size: Int?
        var message: String { String(cString: strerror(errno)).lowercased() }
    }
}
