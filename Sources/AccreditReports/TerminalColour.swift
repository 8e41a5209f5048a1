/// Whether the terminal report is coloured. The front end gathers the facts (environment,
/// whether standard output is a terminal, where the report goes) and this decides, so the
/// rule is one pure function with tests, and the library never reads the environment.
public enum TerminalColour {
    /// Colour only when the text goes to standard output, that output is a terminal, the
    /// terminal is not `dumb`, and `NO_COLOR` is unset or empty (see no-color.org).
    public static func enabled(toStandardOutput: Bool, isTerminal: Bool, environment: [String: String]) -> Bool {
        guard toStandardOutput, isTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }
}
