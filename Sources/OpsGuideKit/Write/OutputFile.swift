/// One file of the generated site, relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case text(String)
        /// UTF-8 text, as templates render it.
        case bytes([UInt8])
        /// UTF-8 text in pieces, written one after the other: a page that is mostly large parts
        /// made apart (the matrix's rows, 25 MB at 10,000 practices), which are not joined first.
        case parts([[UInt8]])
        /// Copied byte for byte from this absolute path.
        case copy(String)
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}
