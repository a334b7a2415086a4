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
}
