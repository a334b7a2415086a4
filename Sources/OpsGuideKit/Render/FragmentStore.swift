/// HTML of the short Markdown texts kept in front matter (dimension cells, "choose when" items,
/// guide help and reasons), rendered once for each output folder that shows them, since
/// relative links differ between folders (but not between pages of one folder).
public struct FragmentStore: Sendable {
    private var html: [String: String] = [:]

    public init() {}

    public func html(_ key: String, on page: String) -> String {
        html[Self.slot(key, page)] ?? ""
    }

    public mutating func store(_ value: String, key: String, on page: String) {
        html[Self.slot(key, page)] = value
    }

    static func slot(_ key: String, _ page: String) -> String { folder(of: page) + "\u{0}" + key }

    /// `methodologies/devops.html` → `methodologies`; `matrix.html` → ``.
    public static func folder(of page: String) -> String {
        guard let slash = page.lastIndex(of: "/") else { return "" }
        return String(page[..<slash])
    }

    /// A page path standing for every page of `page`'s folder when rendering links.
    public static func representative(of page: String) -> String {
        let folder = folder(of: page)
        return folder.isEmpty ? "_fragment.html" : folder + "/_fragment.html"
    }

    public static func dimensionKey(_ methodology: String, _ dimension: String) -> String { "dimension/\(methodology)/\(dimension)" }
    public static func chooseKey(_ methodology: String, _ index: Int) -> String { "choose/\(methodology)/\(index)" }
    public static func avoidKey(_ methodology: String, _ index: Int) -> String { "avoid/\(methodology)/\(index)" }
}
