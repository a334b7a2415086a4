import Foundation
import Testing
@testable import OpsGuideKit

/// Reading a file: whole, however its size compares with the size `fstat` reported, and not at
/// all past the limit.
@Suite struct FileSystemTests {
    @Test func readsWholeFilesAndRefusesThoseOverTheLimit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("opsguide-read-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for size in [0, 1, 4095, 4096, 200_000] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(try FileSystem.read(path).get() == bytes, "\(size) bytes")
        }
        guard case .failure(let failure) = FileSystem.read(path, limit: 199_999) else {
            Issue.record("a file over the limit was read")
            return
        }
        #expect(failure.size == 200_000)
        guard case .failure(let missing) = FileSystem.read(path + "-missing") else {
            Issue.record("a missing file was read")
            return
        }
        #expect(missing.message == "no such file or directory")
    }

    /// The plain-file path gives a string for ASCII without carriage returns, the bytes for
    /// anything else, and nothing for what is not a regular file within the limit.
    @Test func plainFilesAreTextOrBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("opsguide-plain-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let opened = try #require(FileSystem.openFolder(folder))
        defer { FileSystem.closeFolder(opened) }
        let texts = ["", "a", "plain\nascii text\n", "plain with a TODO", String(repeating: "x", count: 70_000)]
        let others: [[UInt8]] = [[0xC3, 0xA9], Array("line\r\n".utf8), [0xEF, 0xBB, 0xBF] + Array("bom".utf8), [0xFF, 0x41]]
        for (number, text) in texts.enumerated() {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/t\(number)"))
            guard case .text(let read, let mayContainPlaceholder)? = FileSystem.readPlainFile("t\(number)", in: opened, limit: 100_000) else {
                Issue.record("t\(number) is not read as text")
                continue
            }
            #expect(read == text)
            #expect(mayContainPlaceholder == text.contains("TODO"))
        }
        for (number, bytes) in others.enumerated() {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/b\(number)"))
            guard case .bytes(let read)? = FileSystem.readPlainFile("b\(number)", in: opened, limit: 100_000) else {
                Issue.record("b\(number) is not read as bytes")
                continue
            }
            #expect(read == bytes)
        }
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/t1")
        try FileManager.default.createDirectory(atPath: folder + "/folder", withIntermediateDirectories: false)
        #expect(mkfifo(folder + "/fifo", 0o644) == 0)
        for name in ["link", "folder", "fifo", "missing"] {
            #expect(FileSystem.readPlainFile(name, in: opened, limit: 100_000) == nil, "\(name)")
        }
        #expect(FileSystem.readPlainFile("t4", in: opened, limit: 69_999) == nil)
    }

    /// Sixteen bytes at a time, exactly as byte by byte, wherever the byte that rules a text out
    /// falls: before a placeholder, after it (where the placeholder search has stopped) or in
    /// the bytes after the last step.
    @Test func sourceScanAgreesByteByByte() {
        var generator = SearchFastPathTests.Generator(state: 31)
        func holds(_ bytes: [UInt8], _ word: String, foldingCase: Bool = false) -> Bool {
            let word = Array(word.utf8)
            guard bytes.count >= word.count else { return false }
            return (0...(bytes.count - word.count)).contains { start in
                word.indices.allSatisfy { (foldingCase ? bytes[start + $0] | 0x20 : bytes[start + $0]) == word[$0] }
            }
        }
        for _ in 0..<3_000 {
            var bytes = (0..<Int.random(in: 0...80, using: &generator)).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) }
            if bytes.count >= 4, Bool.random(using: &generator) {
                let at = Int.random(in: 0...(bytes.count - 4), using: &generator)
                bytes.replaceSubrange(at..<(at + 4), with: Array("TODO".utf8))
            }
            if !bytes.isEmpty, Bool.random(using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = [0x0D, 0x80, 0xFF, 0x0A, 0x0C, 0x8D].randomElement(using: &generator)!
            }
            let scan = bytes.withUnsafeBufferPointer(SourceScan.init)
            #expect(scan.isPlain == bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }, "\(bytes)")
            let placeholder = holds(bytes, "TODO") || holds(bytes, "TBD") || holds(bytes, "FIXME") || holds(bytes, "lorem", foldingCase: true)
            #expect(scan.mayContainPlaceholder == placeholder, "\(bytes)")
        }
    }
}
