/// One file of the generated site, relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case text(String)
        /// UTF-8 text, as templates render it.
        case bytes([UInt8])
        /// UTF-8 text in pieces, written one after the other: a page that is mostly parts made
        /// apart (the matrix's rows, 25 MB at 10,000 practices), made while the file is written
        /// and never held whole.
        case pieces([Piece])
        /// Copied byte for byte from this absolute path.
        case copy(String)
    }

    /// A piece of a file in `pieces`: bytes made already, or parts made when it is written.
    public enum Piece: Sendable {
        case bytes([UInt8])
        case batches(PartBatches)
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// The file with its pieces made and joined into bytes: what the preview serves.
    public func materialized() -> OutputFile {
        guard case .pieces(let pieces) = contents else { return self }
        return OutputFile(path: path, contents: .bytes(Piece.joined(pieces)))
    }
}

extension OutputFile.Piece {
    /// Every piece made and joined, in order.
    public static func joined(_ pieces: [OutputFile.Piece]) -> [UInt8] {
        var bytes: [UInt8] = []
        for piece in pieces {
            switch piece {
            case .bytes(let part): bytes += part
            case .batches(let batches): batches.forEach { bytes += $0 }
            }
        }
        return bytes
    }
}

/// Parts of a file made a few batches at a time, as the file is written: the batches of one
/// round are made in parallel, handed over in order, and let go of before the next round, so
/// a file of any length takes the memory of one round.
public struct PartBatches: Sendable {
    /// How many batches there are in all, and how many are made in one round.
    public let count: Int
    let perRound: Int
    /// The parts of the batches numbered by a range, one part per batch, in order.
    let make: @Sendable (Range<Int>) -> [[UInt8]]

    init(count: Int, perRound: Int, make: @escaping @Sendable (Range<Int>) -> [[UInt8]]) {
        self.count = count
        self.perRound = max(1, perRound)
        self.make = make
    }

    /// Hands `body` every part in order, one round of batches at a time.
    func forEach(_ body: ([UInt8]) -> Void) {
        _ = forEach(while: { part in
            body(part)
            return true
        })
    }

    /// `forEach` that stops after the part for which `body` returns false; returns whether it
    /// went through every part.
    func forEach(while body: ([UInt8]) -> Bool) -> Bool {
        for start in stride(from: 0, to: count, by: perRound) {
            for part in make(start..<min(count, start + perRound)) where !body(part) { return false }
        }
        return true
    }
}
