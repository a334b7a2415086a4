import ArgumentParser

/// Exit statuses: 0 clean, 1 content errors, 64 usage errors (as for a bad flag), 69 a missing
/// helper program (as sysexits' EX_UNAVAILABLE).
public enum ExitStatus {
    public static let contentErrors = ExitCode(1)
    public static let usage = ExitCode(64)
    public static let unavailable = ExitCode(69)
}
