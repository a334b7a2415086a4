/// The text of new content files: valid front matter and the headings a good article has.
enum SkeletonText {
    static func methodology(title: String, dimensions: [Taxon]) -> String {
        let cells = dimensions.map { "  \($0.id): How \(title) approaches \($0.title.lowercased())." }.joined(separator: "\n")
        return """
            ---
            title: \(yamlString(title))
            summary: \(yamlString("What \(title) is, in one or two sentences."))
            dimensions:
            \(cells)
            choose_when:
              - The situation in which \(title) is the right choice.
            avoid_when:
              - The situation in which another methodology serves better.
            ---
            ## Where it came from

            ## Principles

            ## Team and skills

            ## How it changes the work

            ### Development

            ### Testing

            ### Deployment

            ### Production

            ## Infrastructure and tooling

            ## Typical pitfalls

            ## When to choose it and when not

            ## References

            """
    }

    static func practice(title: String, category: String, methodologies: [String]) -> String {
        let uses = methodologies.isEmpty ? "methodologies: {}" : "methodologies:\n" + methodologies.map { "  \($0): core" }.joined(separator: "\n")
        return """
            ---
            title: \(yamlString(title))
            summary: \(yamlString("What \(title) is and why it matters, in one or two sentences."))
            category: \(category)
            \(uses)
            ---
            ## What it is

            ## Why it matters

            ## How it differs across methodologies

            ## Example tools

            ## Pitfalls

            ## Related practices

            """
    }

    static func page(title: String) -> String {
        """
        ---
        title: \(yamlString(title))
        summary: \(yamlString("What a reader finds on this page, in one sentence."))
        ---
        ## Overview

        """
    }

    /// A double-quoted YAML scalar.
    static func yamlString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
