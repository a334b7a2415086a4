/// A heading of a rendered page, for its table of contents.
public struct TOCEntry: Sendable {
    public var level: Int
    public var text: String
    public var id: String
}

/// The HTML of one Markdown text, plus what the link stage needs to know about it.
public final class RenderedMarkdown: Sendable {
    public let html: String
    public let headings: [TOCEntry]
    /// Fragments other pages may link to that the text itself makes: its heading ids (the
    /// template's reserved ids are on every page, see `AnchorCheck`).
    public let anchors: Set<String>
    public let pendingAnchors: [PendingAnchor]
    /// Content paths of the Markdown pages this text links to.
    public let linkedPages: Set<String>
    /// Words of prose (text outside code blocks), counted up to the renderer's
    /// `Settings.wordLimit`: the exact count below it, `wordLimit` at or above it.
    public let wordCount: Int
    /// The text the search index reads (`MarkdownDocument.collect(text:)`), when it was asked
    /// for and the text has it.
    let text: [UInt8]?
    public let diagnostics: DiagnosticBag

    init(
        html: String, headings: [TOCEntry], anchors: Set<String>, pendingAnchors: [PendingAnchor], linkedPages: Set<String>,
        wordCount: Int, text: [UInt8]? = nil, diagnostics: DiagnosticBag
    ) {
        self.html = html
        self.headings = headings
        self.anchors = anchors
        self.pendingAnchors = pendingAnchors
        self.linkedPages = linkedPages
        self.wordCount = wordCount
        self.text = text
        self.diagnostics = diagnostics
    }

    /// The same without its HTML and text, once the page that shows it is written.
    var withoutHTML: RenderedMarkdown {
        RenderedMarkdown(
            html: "", headings: headings, anchors: anchors, pendingAnchors: pendingAnchors, linkedPages: linkedPages,
            wordCount: wordCount, diagnostics: diagnostics)
    }
}

/// Runs one Markdown text through cmark: parse, give headings unique ids, resolve and rewrite
/// links for the page it will appear on, render safe HTML (raw HTML only when site.yaml allows it).
public struct MarkdownRenderer: Sendable {
    /// What a rendering depends on besides its text and its place: the preview's cache keeps
    /// a rendering only while these stay the same.
    public struct Settings: Equatable, Sendable {
        /// site.yaml's `allow_raw_html`: raw HTML is rendered as written instead of being omitted.
        public var allowRawHTML = false
        /// How far to count a text's words: the largest minimum site.yaml's content policy
        /// checks (`ContentChecks`). Counting stops there, and a site without minimums counts
        /// no words at all.
        public var wordLimit = Int.max

        public init(allowRawHTML: Bool = false, wordLimit: Int = .max) {
            self.allowRawHTML = allowRawHTML
            self.wordLimit = wordLimit
        }

        /// The settings `config` asks for.
        public init(_ config: SiteConfig) {
            self.init(allowRawHTML: config.allowRawHTML, wordLimit: max(config.policy.practiceMinWords, config.policy.methodologyMinWords))
        }
    }

    public let resolver: LinkResolver
    public let settings: Settings

    public init(resolver: LinkResolver, settings: Settings = Settings()) {
        self.resolver = resolver
        self.settings = settings
    }

    /// - Parameters:
    ///   - contentPath: the file the text comes from (links resolve against it).
    ///   - outputPath: the page the HTML appears on (links are rewritten relative to it).
    ///   - reservedAnchors: ids the page template uses, kept away from heading slugs.
    ///   - collectsText: whether to keep the text the search index reads (`RenderedMarkdown.text`).
    public func render(
        _ source: MarkdownSource, contentPath: String, outputPath: String, reservedAnchors: Set<String> = [], collectsText: Bool = false
    ) -> RenderedMarkdown {
        let document = MarkdownDocument(source.text)
        let (headings, links, wordCount, readableText) = document.collect(text: collectsText, wordLimit: settings.wordLimit)
        var diagnostics = DiagnosticBag()
        var text: SourceText?
        func locate(line: Int, column: Int, needle: String? = nil) -> SourceLocation {
            if text == nil { text = SourceText(source) }
            return text!.locate(line: line, column: column, needle: needle)
        }
        var slugger = Slugger(reserved: reservedAnchors, capacity: headings.count)
        var toc: [TOCEntry] = []
        toc.reserveCapacity(headings.count)
        var previousLevel = 1
        for heading in headings {
            let id = slugger.slug(for: heading.text)
            document.setAnchor(of: heading, to: id)
            toc.append(TOCEntry(level: heading.level, text: heading.text, id: id))
            if heading.level > previousLevel + 1 {
                diagnostics.warning(
                    "heading-skips-level", "heading level skips from h\(previousLevel) to h\(heading.level)",
                    at: locate(line: heading.line, column: heading.column))
            }
            previousLevel = heading.level
        }
        var pending: [PendingAnchor] = []
        var linkedPages: Set<String> = []
        if !links.isEmpty { linkedPages.reserveCapacity(links.count) }
        for link in links {
            if link.isImage, link.hasEmptyText {
                diagnostics.warning("image-without-alt", "image has no alt text; describe it for readers who cannot see it",
                                    at: locate(line: link.line, column: link.column))
            }
            switch resolver.resolve(link.url, from: contentPath) {
            case .external:
                if link.isDangerous {
                    diagnostics.warning(
                        "unsafe-url",
                        "\(link.isImage ? "image" : "link") '\(link.url.prefix(40))' is emptied: javascript:, vbscript: and data: URLs other than PNG, GIF, JPEG and WebP images never reach the reader's browser",
                        at: locate(line: link.line, column: link.column, needle: String(link.url.prefix(40))))
                }
            case .samePage(let fragment):
                pending.append(PendingAnchor(
                    targetContentPath: contentPath, fragment: fragment,
                    location: locate(line: link.line, column: link.column, needle: link.url)))
            case .content(let target, let output, let fragment):
                let isPage = target.hasSuffix(".md")
                if isPage { linkedPages.insert(target) }
                document.setURL(of: link, to: SiteMap.url(from: outputPath, to: output, fragment: fragment))
                if let fragment, isPage {
                    pending.append(PendingAnchor(
                        targetContentPath: target, fragment: fragment,
                        location: locate(line: link.line, column: link.column, needle: link.url)))
                }
            case .failure(let message):
                diagnostics.error("broken-link", message, at: locate(line: link.line, column: link.column, needle: link.url))
            }
        }
        return RenderedMarkdown(
            html: document.renderHTML(allowRawHTML: settings.allowRawHTML), headings: toc, anchors: slugger.slugs,
            pendingAnchors: pending, linkedPages: linkedPages, wordCount: wordCount, text: readableText, diagnostics: diagnostics)
    }
}
