/// The file-format versions this build reads. Files declare theirs in `formatVersion`;
/// a newer one is refused with a clear message rather than misread.
public enum FormatVersion {
    public static let standard = 1
    public static let rules = 1
    public static let package = 1
    /// Rule-test expectations (`expected.xml`).
    public static let expectations = 1
    /// The JSON report schema version written by this build.
    public static let report = 1
}

/// XML namespaces of accredit's file formats.
public enum Namespace {
    public static let standard = "urn:accredit:standard"
    public static let rules = "urn:accredit:rules"
    public static let package = "urn:accredit:package"
    public static let expectations = "urn:accredit:expectations"
}
