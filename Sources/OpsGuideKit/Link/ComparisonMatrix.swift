/// The comparison matrix: practices × methodologies grouped by category, and
/// dimensions × methodologies. Built in one pass over the practices (no pairwise search).
public struct ComparisonMatrix: Sendable {
    public struct PracticeRow: Sendable {
        public var practice: Practice
        /// One entry per methodology column, in column order; nil where it does not use the practice.
        public var levels: [PracticeLevel?]
    }

    public struct CategoryGroup: Sendable {
        public var category: Taxon
        public var rows: [PracticeRow]
    }

    public var methodologies: [Methodology]
    public var groups: [CategoryGroup]
    public var dimensions: [Taxon]

    public init(graph: KnowledgeGraph) {
        methodologies = graph.methodologies
        dimensions = graph.config.dimensions
        let column = Dictionary(uniqueKeysWithValues: graph.methodologies.enumerated().map { ($1.id, $0) })
        var rowsByCategory: [String: [PracticeRow]] = [:]
        for practice in graph.practices {
            var levels = [PracticeLevel?](repeating: nil, count: column.count)
            for entry in practice.methodologies {
                if let index = column[entry.id.value] { levels[index] = entry.level }
            }
            rowsByCategory[practice.category.value, default: []].append(PracticeRow(practice: practice, levels: levels))
        }
        groups = graph.config.categories.compactMap { category in
            rowsByCategory[category.id].map { CategoryGroup(category: category, rows: $0) }
        }
    }
}
