import Foundation

/// A large valid content folder written from code: `practices` pages with headings, cross-links
/// and anchors, four methodologies and a home page. `version` is in the site title, so two
/// versions give two sites that differ in every page.
struct GeneratedCorpus {
    var practices: Int
    var version: String

    /// Makes `folder` hold exactly this corpus, writing only the files that differ, so that
    /// switching versions is quick.
    func write(to folder: String) throws {
        for sub in ["practices", "methodologies"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        var written: Set<String> = []
        func file(_ path: String, _ text: String) throws {
            written.insert(path)
            let url = URL(fileURLWithPath: folder + "/" + path)
            let data = Data(text.utf8)
            if (try? Data(contentsOf: url)) != data { try data.write(to: url) }
        }
        try file("site.yaml", """
            title: Generated corpus \(version)
            description: Many pages, written by the test.
            dimensions:
              - id: speed
                title: Speed
            categories:
              - id: general
                title: General

            """)
        try file("index.md", "---\ntitle: Home\nsummary: The generated home page.\n---\nStart with [the first method](methodologies/m0.md).\n")
        for methodology in 0..<4 {
            try file("methodologies/m\(methodology).md", """
                ---
                title: Method \(methodology)
                summary: Methodology \(methodology).
                dimensions:
                  speed: Fast enough.
                ---
                ## Overview

                See [a practice](../practices/p\(methodology).md#part-1).

                """)
        }
        for practice in 0..<practices {
            let body = (0..<4).map { part in
                "## Part \(part)\n\nPart \(part) of practice \(practice) links to [the next](p\((practice + 1) % practices).md#part-\(part)) and [its method](../methodologies/m\(practice % 4).md).\n"
            }.joined(separator: "\n")
            try file("practices/p\(practice).md", """
                ---
                title: Practice \(practice)
                summary: Practice number \(practice).
                category: general
                methodologies: [m\(practice % 4)]
                ---
                \(body)
                """)
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/practices") where !written.contains("practices/" + name) {
            try FileManager.default.removeItem(atPath: folder + "/practices/" + name)
        }
    }
}
