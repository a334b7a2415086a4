import Foundation
import OpsGuideKit

/// Runs one build at a time for the preview and publishes its outcome.
actor PreviewBuilder {
    let options: BuildOptions
    private let cache = BuildCache()

    init(options: BuildOptions) {
        self.options = options
    }

    /// Records what the watcher saw written (absolute paths; nil when events were lost), so the
    /// next rebuild reads only those content files again, and the templates only when one of
    /// theirs was written. Called at once, not after the build that is running, so no change
    /// slips between two builds.
    nonisolated func written(_ paths: [String]?) {
        let root = DisplayPath.absolute(options.content, in: FileManager.default.currentDirectoryPath)
        let templates = DisplayPath.absolute(options.templates, in: FileManager.default.currentDirectoryPath)
        if paths?.contains(where: { $0 == templates || $0.hasPrefix(templates + "/") }) ?? true { cache.templatesWritten() }
        guard let paths, !paths.contains(root) else { return cache.contentWritten(nil) }
        cache.contentWritten(paths.compactMap { $0.hasPrefix(root + "/") ? String($0.dropFirst(root.count + 1)) : nil })
    }

    /// Loads, parses and links the site again and publishes it; pages are rendered when the
    /// browser asks for them.
    func rebuild(into state: PreviewState) async {
        let started = DispatchTime.now()
        let (site, diagnostics) = SiteBuilder.check(options, cache: cache)
        if let site {
            await state.publish(site, diagnostics: diagnostics.sorted)
        } else {
            await state.fail(diagnostics.sorted)
        }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
        let summary = site == nil ? DiagnosticPrinter.summary(diagnostics.sorted) : "checked the site"
        FileHandle.standardError.write(Data("[serve] \(summary) in \(String(format: "%.0f", milliseconds)) ms\n".utf8))
    }
}
