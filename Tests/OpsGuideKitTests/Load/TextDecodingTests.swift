import Testing
@testable import OpsGuideKit

@Suite struct TextDecodingTests {
    @Test func stripsByteOrderMarkAndNormalizesCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\n---\r\nBody\r\n".utf8)
        #expect(try TextDecoding.decode(bytes).get() == "---\ntitle: A\n---\nBody\n")
    }

    @Test func reportsPositionOfInvalidUTF8() {
        let bytes = Array("ok\nab".utf8) + [0xFF] + Array("c".utf8)
        #expect(TextDecoding.decode(bytes) == .failure(.invalidUTF8(line: 2, column: 3)))
    }

    @Test func validatesIds() {
        #expect(ContentId.isValid("sast-in-the-ide"))
        #expect(ContentId.isValid("k8s"))
        for bad in ["", "Sast", "a--b", "-a", "a-", "a_b", "é", "a b"] {
            #expect(!ContentId.isValid(bad), "\(bad)")
        }
    }
}
