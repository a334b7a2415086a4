/// Turns a file's bytes into text the later stages can trust, or says where it is not UTF-8.
enum TextDecoding {
    enum Failure: Error, Equatable {
        case invalidUTF8(line: Int, column: Int)
    }

    /// Strips a UTF-8 byte-order mark, validates UTF-8 and normalizes CRLF to LF.
    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if let offset = firstInvalidUTF8Offset(body) {
            let (line, column) = position(of: offset, in: body)
            return .failure(.invalidUTF8(line: line, column: column))
        }
        var normalized = [UInt8]()
        normalized.reserveCapacity(body.count)
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            if byte == 0x0D, index + 1 < body.endIndex, body[index + 1] == 0x0A {
                index += 1
                continue
            }
            normalized.append(byte)
            index += 1
        }
        return .success(String(decoding: normalized, as: UTF8.self))
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
        for index in bytes.startIndex..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let prefix = bytes[lineStart..<offset]
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }
}
