import ArgumentParser
import Foundation
import OpsGuideKit

extension DiagnosticPrinter.Format: ExpressibleByArgument {}

/// How a command reports problems, shared by `build` and `check`.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("How to print problems: text, github (workflow commands) or json (one object per line).", valueName: "format"))
    var diagnosticsFormat: DiagnosticPrinter.Format = .text

    @Flag(name: .long, help: "Treat warnings as errors (what CI should use).")
    var strict = false

    /// Applies `--strict`, prints the diagnostics to stderr and says whether the run failed.
    func report(_ diagnostics: [Diagnostic]) -> Bool {
        let final = strict ? diagnostics.map { Diagnostic(.error, $0.id, $0.message, at: $0.location) } : diagnostics
        let printer = DiagnosticPrinter(format: diagnosticsFormat, showSource: diagnosticsFormat == .text && isatty(STDERR_FILENO) == 1)
        FileHandle.standardError.write(Data(printer.format(final).utf8))
        return final.contains { $0.severity == .error }
    }
}
