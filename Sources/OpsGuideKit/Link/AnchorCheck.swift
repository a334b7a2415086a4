/// A `#fragment` a link points at, checked once every page's anchors are known.
public struct PendingAnchor: Sendable {
    public var targetContentPath: String
    public var fragment: String
    public var location: SourceLocation
}

/// Checks links' fragments against the anchors each page really has.
public enum AnchorCheck {
    /// `pending`: the links of each text, checked in parallel on `jobs` threads; the rest as below.
    public static func check(_ pending: [[PendingAnchor]], anchors: [String: Set<String>], reserved: Set<String> = [], jobs: Int = 1) -> [Diagnostic] {
        let chunk = 256
        return Parallel.map((pending.count + chunk - 1) / chunk, jobs: jobs) { index in
            var found: [Diagnostic] = []
            // Each link is read where it is stored: the preview checks every link of the site
            // after each edit, and copying them cost as much as the check.
            for links in pending[(index * chunk)..<min(pending.count, (index + 1) * chunk)] {
                for link in links.indices {
                    if let diagnostic = brokenAnchor(links[link], anchors: anchors, reserved: reserved) { found.append(diagnostic) }
                }
            }
            return found
        }.flatMap { $0 }
    }

    /// `anchors`: content path → the ids its text makes; `reserved`: the ids every page's
    /// template adds.
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
