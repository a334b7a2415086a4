/// Editorial thresholds a site sets for itself in `site.yaml` under `checks:`; each is off (0)
/// unless set, since what counts as "enough" depends on the site.
public struct ContentPolicy: Sendable {
    public var methodologyMinWords = 0
    public var practiceMinWords = 0
    public var methodologyMinPractices = 0

    public init() {}

    static let keys = ["methodology_min_words", "practice_min_words", "methodology_min_practices"]
}
