import Ccmark
import CcmarkArena
import Foundation

/// A CommonMark document parsed by cmark, owning its node tree.
///
/// Every cmark call of the pipeline lives in this file: parsing, one iterator walk that collects
/// what later stages ask about (headings, links, images), the two edits they make (heading ids,
/// link URLs) and HTML rendering. The walk is iterative, so nesting depth cannot exhaust the stack.
///
/// The tree lives in an arena of its own (`CcmarkArena`): cmark makes hundreds of small
/// allocations per page and frees each one, node by node; here they come from a few large
/// blocks, and the document is released at once. Every cmark call runs inside `inArena`.
public final class MarkdownDocument {
    private let arena: OpaquePointer
    private let root: OpaquePointer
    /// Bytes of the Markdown: the first room for the texts the walk gathers, seldom much longer.
    private let sourceLength: Int
    /// Whether dangerous destinations were already emptied (by `collect`).
    private var urlsFiltered = false

    /// A heading with its level, its plain text and its position in the parsed text.
    public struct Heading {
        fileprivate let node: OpaquePointer
        public let level: Int
        public let text: String
        public let line: Int
        public let column: Int
    }

    /// A link or image destination with its position (cmark's: column may undercount, see `SourceText`).
    public struct Link {
        fileprivate let node: OpaquePointer
        /// The destination as written (a dangerous one is already emptied in the document).
        public let url: String
        /// Whether `URLFilter` found the destination dangerous.
        public let isDangerous: Bool
        public let isImage: Bool
        /// For images: whether the alt text is empty.
        public let hasEmptyText: Bool
        public let line: Int
        public let column: Int
    }

    public convenience init(_ text: String) {
        self.init(text[...])
    }

    public init(_ text: Substring) {
        var text = text
        sourceLength = text.utf8.count
        let arena = opsguide_cmark_arena_create(sourceLength)!
        self.arena = arena
        root = Self.inArena(arena) {
            text.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, Self.allocator)
                    defer { cmark_parser_free(parser) }
                    cmark_parser_feed(parser, characters.baseAddress, characters.count)
                    return cmark_parser_finish(parser)
                }
            }
        }
    }

    deinit {
        opsguide_cmark_arena_destroy(arena)
    }

    /// The `cmark_mem` whose functions allocate from the calling thread's current arena.
    private static let allocator = opsguide_cmark_arena_allocator()!.assumingMemoryBound(to: cmark_mem.self)

    /// Runs `body` with `arena` as the calling thread's arena for cmark's allocations.
    @inline(__always)
    private static func inArena<Result>(_ arena: OpaquePointer, _ body: () -> Result) -> Result {
        let previous = opsguide_cmark_arena_enter(arena)
        defer { opsguide_cmark_arena_enter(previous) }
        return body()
    }

    @inline(__always)
    private func inArena<Result>(_ body: () -> Result) -> Result { Self.inArena(arena, body) }

    /// Walks the tree once and returns its headings, its link/image destinations in document
    /// order, and how many words of prose (text outside code blocks) it holds, counted up to
    /// `wordLimit` (`min(count, wordLimit)`; the content checks need no more, and 0 counts
    /// nothing). Dangerous destinations (`URLFilter`) are emptied on the way. With `text`, also
    /// the document's `ReadableText`, when it has one.
    public func collect(text: Bool = false, wordLimit: Int = .max) -> (headings: [Heading], links: [Link], wordCount: Int, text: [UInt8]?) {
        inArena { walk(collectingText: text, wordLimit: wordLimit) }
    }

    private func walk(collectingText: Bool, wordLimit: Int) -> (headings: [Heading], links: [Link], wordCount: Int, text: [UInt8]?) {
        var readable = collectingText ? ReadableText(capacity: sourceLength + 64) : nil
        var headings: [Heading] = []
        var links: [Link] = []
        if sourceLength > 2048 {
            // An article, not a fragment: room for its usual share, without growing four times.
            headings.reserveCapacity(16)
            links.reserveCapacity(16)
        }
        var headingText = ""
        var openHeading: OpaquePointer?
        var altText: [String] = []
        // The prose literals one after the other, each followed by a space (so no word runs on
        // from one literal into the next), counted at once: counting each literal apart cost a
        // call and a padded 64-byte block per literal, 80,000 literals per 1,000 pages.
        var prose = wordLimit > 0 ? ProseText(capacity: sourceLength + 64) : nil
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                readable?.separate()
                if entering {
                    openHeading = node
                    headingText = ""
                } else {
                    headings.append(Heading(
                        node: node, level: Int(cmark_node_get_heading_level(node)), text: headingText,
                        line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))))
                    openHeading = nil
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                guard let pointer = cmark_node_get_literal(node) else { continue }
                let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
                let literal = openHeading != nil || !altText.isEmpty ? String(decoding: bytes, as: UTF8.self) : nil
                prose?.append(bytes)
                if let literal, openHeading != nil { headingText += literal }
                if let literal, !altText.isEmpty { altText[altText.count - 1] += literal }
                if literal == nil { readable?.append(bytes) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if openHeading != nil { headingText += " " }
                if openHeading == nil, altText.isEmpty { readable?.separate() }
            case CMARK_NODE_CODE_BLOCK:
                readable?.appendBlock(literalOf: node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                readable?.hasRawHTML = true
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_THEMATIC_BREAK:
                readable?.separate()
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
                if entering {
                    if isImage { altText.append("") }
                    continue
                }
                let alt = isImage ? altText.removeLast() : ""
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let isDangerous = URLFilter.isDangerous(url)
                if isDangerous { cmark_node_set_url(node, "") }
                links.append(Link(
                    node: node, url: url, isDangerous: isDangerous, isImage: isImage, hasEmptyText: alt.allSatisfy(\.isWhitespace),
                    line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))))
            default:
                break
            }
        }
        links.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        urlsFiltered = true
        return (headings, links, prose?.wordCount(upTo: wordLimit) ?? 0, readable?.finished)
    }

    public func setURL(of link: Link, to url: String) {
        // `withCString` lends a native string's own bytes; passing the string made a copy.
        inArena { _ = url.withCString { cmark_node_set_url(link.node, $0) } }
    }

    /// Replaces the heading by a custom block holding a custom inline that renders
    /// `<hN id="…">…</hN>` around the same inline content, exactly where cmark puts a heading's
    /// tags (cmark's HTML renderer gives headings no id; custom nodes pass through safe mode).
    /// `id` must already be safe inside a double-quoted attribute.
    public func setAnchor(of heading: Heading, to id: String) {
        inArena { replaceHeading(heading, id: id) }
    }

    private func replaceHeading(_ heading: Heading, id: String) {
        guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, Self.allocator),
            let inline = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, Self.allocator)
        else { return }
        cmark_node_set_on_enter(block, "")
        cmark_node_set_on_exit(block, "")
        // `<hN id="`, the id and `">`, then `</hN>`, each ended by a NUL (cmark copies them),
        // made here: static arrays of them were shared by every thread, and each use retained one.
        let digit = UInt64(UInt8(ascii: "0") + UInt8(min(max(heading.level, 1), 6)))
        var id = id
        id.withUTF8 { id in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: id.count + 11) { opening in
                UnsafeMutableRawPointer(opening.baseAddress!).storeBytes(of: Self.headingOpening | digit << 16, as: UInt64.self)
                let end = opening[8...].initialize(fromContentsOf: id)
                opening[end] = UInt8(ascii: "\"")
                opening[end + 1] = UInt8(ascii: ">")
                opening[end + 2] = 0
                _ = UnsafeMutableRawPointer(opening.baseAddress!).withMemoryRebound(to: CChar.self, capacity: opening.count) {
                    cmark_node_set_on_enter(inline, $0)
                }
            }
        }
        var closing = Self.headingClosing | digit << 24
        _ = withUnsafeBytes(of: &closing) { cmark_node_set_on_exit(inline, $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
        while let child = cmark_node_first_child(heading.node) {
            cmark_node_append_child(inline, child)
        }
        cmark_node_append_child(block, inline)
        cmark_node_replace(heading.node, block)
        cmark_node_free(heading.node)
    }

    /// `<h` and ` id="`, and `</h`, `>` and a NUL: the eight bytes of a heading's opening and
    /// the closing's, little-endian, each with a zero byte where the level's digit goes.
    private static let headingOpening = littleEndianWord("<h\u{0} id=\"")
    private static let headingClosing = littleEndianWord("</h\u{0}>")

    /// The bytes of `text`, at most eight, as the word that holds them in memory order.
    private static func littleEndianWord(_ text: String) -> UInt64 {
        text.utf8.enumerated().reduce(0) { word, byte in word | UInt64(byte.element) << (8 * UInt64(byte.offset)) }
    }

    /// cmark's HTML. By default in safe mode: raw HTML omitted, dangerous URL schemes emptied.
    /// With `allowRawHTML` (site.yaml's trusted opt-in) raw HTML passes through as written, and
    /// cmark keeps every URL. In both modes `URLFilter` empties dangerous link and image
    /// destinations first (in safe mode it also catches what cmark's prefix test lets through,
    /// such as a leading space).
    public func renderHTML(allowRawHTML: Bool = false) -> String {
        inArena {
            if !urlsFiltered { emptyDangerousURLs() }
            // The HTML is the arena's too, released with the document.
            guard let html = cmark_render_html(root, allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT) else { return "" }
            return String(cString: html)
        }
    }

    private func emptyDangerousURLs() {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_LINK || cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                let url = cmark_node_get_url(node), URLFilter.isDangerous(String(cString: url))
            else { continue }
            cmark_node_set_url(node, "")
        }
    }
}
