/// `content/site.yaml`: the site's identity and the two taxonomies the matrix is built on.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String
    /// Absolute URL the site is published under, ending in `/`; enables canonical links.
    public var baseURL: String?
    /// Ordered comparison dimensions: the rows of the dimension matrix.
    public var dimensions: [Taxon]
    /// Practice categories, in the order the matrix and the practice index group by.
    public var categories: [Taxon]
    /// URL that a content file's path is appended to for an "edit this page" link, ending in
    /// `/` (for example `https://github.com/org/repo/edit/main/content/`); nil for no link.
    public var repository: String?
    /// The editorial minimums `opsguide check` holds the content to.
    public var policy = ContentPolicy()
    /// `allow_raw_html: true`: the authors are trusted to write raw HTML in Markdown, which is
    /// then rendered as written (link and image URLs still pass `URLFilter`); off by default.
    public var allowRawHTML = false

    public init(title: String, description: String, baseURL: String?, dimensions: [Taxon], categories: [Taxon]) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.dimensions = dimensions
        self.categories = categories
    }
}

/// An entry of a taxonomy declared in site.yaml: a comparison dimension or a practice category.
public struct Taxon: Sendable, Hashable {
    public var id: String
    public var title: String
    public var location: SourceLocation
}
