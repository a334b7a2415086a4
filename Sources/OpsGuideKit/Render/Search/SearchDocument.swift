/// One page as the search index sees it: where it is, what it is called, and its text.
struct SearchDocument: Sendable {
    /// What a page is, shown beside each search result; the raw value is the one-letter code
    /// the index stores and `static/site.js` maps back to a label.
    enum Kind: String, Sendable {
        case methodology = "m"
        case practice = "p"
        case page = "s"
        case guide = "g"
        case recommendation = "r"
    }

    /// Output path relative to the site root (`practices/sast.html`).
    var path: String
    var kind: Kind
    var title: String
    var summary: String
    var headings: [String]
    /// The whole body as plain text; every word of it is indexed, a bounded excerpt is stored.
    var body: String
}
