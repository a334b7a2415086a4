import Foundation
import OpsGuideKit

/// Runs one build at a time for the preview and publishes its outcome.
actor PreviewBuilder {
    let options: BuildOptions
    private let cache = BuildCache()

    init(options: BuildOptions) {
        self.options = options
    }

    func rebuild(into state: PreviewState) async {
        let started = DispatchTime.now()
        let (files, diagnostics) = SiteBuilder.generate(options, cache: cache)
        if let files {
            await state.publish(files, diagnostics: diagnostics.sorted)
        } else {
            await state.fail(diagnostics.sorted)
        }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
        let summary = files == nil ? DiagnosticPrinter.summary(diagnostics.sorted) : "rendered \(cache.pagesRendered) pages of \(files!.count) files"
        FileHandle.standardError.write(Data("[serve] \(summary) in \(String(format: "%.0f", milliseconds)) ms\n".utf8))
    }
}
