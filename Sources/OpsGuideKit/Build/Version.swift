/// The version `opsguide --version` prints.
public enum OpsGuideVersion {
    public static let current = "0.1.0"
}
