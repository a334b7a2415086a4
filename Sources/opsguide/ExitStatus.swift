import ArgumentParser

/// Exit statuses: 0 clean, 1 content errors, 64 usage errors (as for a bad flag).
enum ExitStatus {
    static let contentErrors = ExitCode(1)
    static let usage = ExitCode(64)
}
