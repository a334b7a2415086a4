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
    /// The editorial minimums `opsguide check` holds the content to.
    public var policy = ContentPolicy()

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
