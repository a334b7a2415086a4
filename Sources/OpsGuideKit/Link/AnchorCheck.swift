/// A `#fragment` a link points at, checked once every page's anchors are known.
public struct PendingAnchor: Sendable {
    public var targetContentPath: String
    public var fragment: String
    public var location: SourceLocation
}

/// Checks links' fragments against the anchors each page really has.
public enum AnchorCheck {
    /// The broken anchors of each text of `content`, in the order of its texts, checked in
    /// parallel on `jobs` threads; `reserved`: the ids every page's template adds.
    ///
    /// `last` is what this returned for the build before. When the preview updated that build's
    /// content in place and no page's anchors changed (`RenderedContent.update`), only the texts
    /// that changed are checked again: after an edit of one file, one text instead of 10,000.
    static func check(_ content: RenderedContent, reserved: Set<String>, jobs: Int, last: [[Diagnostic]]? = nil) -> [[Diagnostic]] {
        if var found = last, let update = content.update, !update.anchorsChanged, found.count == content.pendingAnchors.count {
            for text in update.texts {
                found[text] = check(content.pendingAnchors[text], anchors: content.anchors, reserved: reserved)
            }
            return found
        }
        return check(content.pendingAnchors, anchors: content.anchors, reserved: reserved, jobs: jobs)
    }

    /// `pending`: the links of each text; `anchors`: content path → the ids its text makes.
    static func check(_ pending: [[PendingAnchor]], anchors: [String: Set<String>], reserved: Set<String>, jobs: Int) -> [[Diagnostic]] {
        let chunk = 256
        return Parallel.map((pending.count + chunk - 1) / chunk, jobs: jobs) { index in
            // Each link is read where it is stored: copying them cost as much as the check.
            pending[(index * chunk)..<min(pending.count, (index + 1) * chunk)].map { links in
                links.indices.compactMap { brokenAnchor(links[$0], anchors: anchors, reserved: reserved) }
            }
        }.flatMap { $0 }
    }

    /// The broken anchors among `pending`, the links of one text.
    public static func check(_ pending: some Sequence<PendingAnchor>, anchors: [String: Set<String>], reserved: Set<String> = []) -> [Diagnostic] {
        pending.compactMap { brokenAnchor($0, anchors: anchors, reserved: reserved) }
    }

    /// The error for `link` when its fragment is none of its target's anchors.
    private static func brokenAnchor(_ link: borrowing PendingAnchor, anchors: [String: Set<String>], reserved: Set<String>) -> Diagnostic? {
        guard let ids = anchors[link.targetContentPath], !ids.contains(link.fragment), !reserved.contains(link.fragment) else { return nil }
        var message = "link to missing anchor '#\(link.fragment)' in '\(link.targetContentPath)'"
        if let suggestion = Suggestion.nearest(to: link.fragment, in: ids.union(reserved).sorted()) {
            message += "; did you mean '#\(suggestion)'?"
        }
        return .error("broken-anchor", message, at: link.location)
    }
}
