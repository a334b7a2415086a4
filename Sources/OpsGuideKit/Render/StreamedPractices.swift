/// Practice pages made as their bodies come out of cmark, when a build writes the site: in one
/// job, a practice's body is rendered and its Markdown text let go, its page rendered and handed
/// to the writer, its search terms counted, and its HTML let go.
///
/// Holding every body until the render stage made the end of the Markdown stage the build's
/// peak: 75 MB of HTML at 10,000 pages, every byte of it a fresh page of memory, and then read
/// back from memory twice (page, search). The pages are written into the writer's temporary
/// folder; a build that then finds an error never commits it. The other pages still wait for
/// the render stage: they show what many files hold (lists, the matrix, the guide).
struct StreamedPractices {
    let pages: PracticePages
    let index: SearchIndex
    let emit: (OutputFile) -> Void
    /// Content path → the practice and its document number in the search corpus.
    private let practices: [String: (practice: Practice, number: Int)]

    init(templates: TemplateSet, graph: KnowledgeGraph, index: SearchIndex = SearchIndex(), emit: @escaping (OutputFile) -> Void) {
        pages = PracticePages(templates: templates, graph: graph)
        self.index = index
        self.emit = emit
        let first = SearchCorpus.firstPracticeNumber(in: graph)
        practices = Dictionary(uniqueKeysWithValues: graph.practices.enumerated().map { offset, practice in
            (practice.source.contentPath, (practice, first + offset))
        })
    }

    /// For a practice's body: writes its page, weighs its search document into `postings` and
    /// returns the body without its HTML, with the document's number and record. Any other text
    /// is returned as it is.
    func take(_ body: RenderedMarkdown, contentPath: String, into postings: inout SearchTermPostings)
        -> (body: RenderedMarkdown, record: (number: Int, fields: [String])?)
    {
        guard let (practice, number) = practices[contentPath] else { return (body, nil) }
        emit(pages.page(practice, body: body))
        let document = SearchCorpus.document(of: practice, body: body)
        postings.weigh(document, number: number)
        return (body.withoutHTML, (number, index.record(document)))
    }

    /// Renders `work` as `RenderedContent.results` does, each practice body through `take`.
    func results(of work: [RenderedContent.Job], renderer: MarkdownRenderer, jobs: Int) -> ([RenderedMarkdown], SearchIndex.Weighed) {
        let (taken, threads) = Parallel.map(work.count, jobs: jobs, state: { SearchTermPostings(maximumPostings: index.maximumPostings) }) {
            postings, position in
            let job = work[position]
            let rendered = RenderedContent.render(job, renderer: renderer, collectsText: job.fragmentKey == nil && practices[job.contentPath] != nil)
            job.releaseText()
            return take(rendered, contentPath: job.contentPath, into: &postings)
        }
        var records: [Int: [String]] = [:]
        for case let (_, record?) in taken { records[record.number] = record.fields }
        return (taken.map(\.body), SearchIndex.Weighed(threads: threads, records: records))
    }
}
