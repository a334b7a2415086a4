/// `sitemap.xml` for search engines, written only when `base_url` is set (a sitemap needs
/// absolute URLs). Lists every HTML page but the 404 page, in path order.
enum SitemapWriter {
    static let path = "sitemap.xml"

    static func sitemap(for paths: [String], baseURL: String?) -> OutputFile? {
        guard let baseURL else { return nil }
        let pages = paths.filter { $0.hasSuffix(".html") && $0 != SiteMap.notFound }.sorted()
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            xml += "<url><loc>\(escape(baseURL + page))</loc></url>\n"
        }
        return OutputFile(path: path, contents: .text(xml + "</urlset>\n"))
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
