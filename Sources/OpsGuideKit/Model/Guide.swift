/// The decision guide: a tree of questions whose answers lead to further questions or to ends
/// that recommend methodologies. Written in the front matter of `content/guide.md`.
public struct Guide: Sendable {
    public struct Question: Sendable {
        public var id: Located<String>
        public var text: String
        public var help: MarkdownSource?
        public var answers: [Answer]
        /// How many answers the author wrote, valid or not.
        public var declaredAnswerCount: Int
    }

    public enum Target: Sendable, Equatable {
        case question(Located<String>)
        case end(Located<String>)

        public var id: Located<String> {
            switch self {
            case .question(let id), .end(let id): id
            }
        }
    }

    public struct Answer: Sendable {
        public var id: Located<String>
        public var text: String
        /// Nil when the answer names no target (reported by the parser).
        public var target: Target?
    }

    public enum Fit: String, Sendable, CaseIterable {
        case strong, good, consider

        public var label: String {
            switch self {
            case .strong: "Strong fit"
            case .good: "Good fit"
            case .consider: "Worth considering"
            }
        }
    }

    public struct End: Sendable {
        public var id: Located<String>
        public var title: String
        public var recommend: [Located<String>]
        public var fit: Fit?
        public var reason: MarkdownSource
        public var startWith: [Located<String>]
    }

    public var source: SourceFile
    public var title: String
    public var summary: String?
    public var intro: MarkdownSource
    /// Markdown shown on every end page (e.g. a link to the adoption page).
    public var nextSteps: MarkdownSource?
    public var start: Located<String>
    public var questions: [Question]
    public var ends: [End]
}
