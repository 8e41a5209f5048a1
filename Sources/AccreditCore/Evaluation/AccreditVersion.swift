/// The tool's own identity, printed in reports and `--version`.
public enum AccreditVersion {
    public static let current = "0.1.0"
}
