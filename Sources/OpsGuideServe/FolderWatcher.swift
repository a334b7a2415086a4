import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders (recursively) with Linux inotify and reports batches of changed paths,
/// collected for a few milliseconds so an editor's save (write, rename, chmod) is one change;
/// nil instead of paths when the kernel dropped events (its queue overflowed).
final class FolderWatcher: @unchecked Sendable {
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private let onChange: @Sendable ([String]?) -> Void
    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)

    init(folders roots: [String], onChange: @escaping @Sendable ([String]?) -> Void) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        self.onChange = onChange
        for root in roots { watchTree(root) }
    }

    deinit {
        close(descriptor)
    }

    /// Starts reading events on a background thread.
    func start() {
        let thread = Thread { [self] in self.run() }
        thread.name = "opsguide-watcher"
        thread.start()
    }

    private func watchTree(_ root: String) {
        var pending = [root]
        while let folder = pending.popLast() {
            let watch = inotify_add_watch(descriptor, folder, Self.mask)
            if watch >= 0 { folders[watch] = folder }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                var isDirectory: ObjCBool = false
                let path = folder + "/" + name
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    pending.append(path)
                }
            }
        }
    }

    private func run() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var changed = Set<String>()
            var lost = false
            guard readEvents(into: &buffer, changed: &changed, lost: &lost, timeout: -1) else { return }
            while readEvents(into: &buffer, changed: &changed, lost: &lost, timeout: 5) {}
            if lost {
                onChange(nil)
            } else if !changed.isEmpty {
                onChange(changed.sorted())
            }
        }
    }

    /// Waits up to `timeout` ms (-1: forever) for events; false when none came in time.
    private func readEvents(into buffer: inout [UInt8], changed: inout Set<String>, lost: inout Bool, timeout: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return false }
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
            let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
            if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { lost = true }
            let nameBytes = buffer[(offset + headerSize)..<(offset + headerSize + Int(event.len))].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if let folder = folders[event.wd] {
                let path = name.isEmpty ? folder : folder + "/" + name
                changed.insert(path)
                if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    watchTree(path)
                }
            }
            offset += headerSize + Int(event.len)
        }
        return true
    }
}
