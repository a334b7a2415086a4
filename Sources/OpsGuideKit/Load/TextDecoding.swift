import Foundation

/// Turns a file's bytes into text the later stages can trust, or says where it is not UTF-8.
enum TextDecoding {
    enum Failure: Error, Equatable {
        case invalidUTF8(line: Int, column: Int)
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Strips a UTF-8 byte-order mark, validates UTF-8 and turns CRLF and lone CR line endings
    /// into LF, the line breaks that Yams and cmark count too, so every stage numbers lines alike.
    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        let body = bytes.starts(with: byteOrderMark) ? bytes[3...] : bytes[...]
        // One validating copy into the string; the scalar walk only locates an error.
        let text = body.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
        guard var text else {
            let (line, column) = position(of: firstInvalidUTF8Offset(body) ?? body.startIndex, in: body)
            return .failure(.invalidUTF8(line: line, column: column))
        }
        if body.withUnsafeBytes({ buffer in buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false }) {
            text = String(decoding: normalizingLineEndings(body), as: UTF8.self)
        }
        return .success(text)
    }

    /// CRLF and lone CR become LF.
    static func normalizingLineEndings(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var normalized = [UInt8]()
        normalized.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard byte == 0x0D else {
                normalized.append(byte)
                continue
            }
            normalized.append(0x0A)
            if index < bytes.endIndex, bytes[index] == 0x0A { index += 1 }
        }
        return normalized
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// 1-based line and column (in scalars) of a byte offset in valid UTF-8 text before it.
    private static func position(of offset: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.startIndex..<offset where bytes[index] == 0x0A || bytes[index] == 0x0D {
            if bytes[index] == 0x0D, index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A { continue }
            line += 1
            lineStart = index + 1
        }
        let prefix = bytes[lineStart..<offset]
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }
}
