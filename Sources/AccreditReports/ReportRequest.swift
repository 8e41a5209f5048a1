/// One report to write: a format and, optionally, a file. Parsed from `FORMAT[:PATH]`, the
/// argument of `--report`; without a path the report goes to standard output.
/// `FORMAT+append:PATH` adds the report to the end of the file instead of replacing it, for a
/// file that others write to as well (GitHub's job summary, `$GITHUB_STEP_SUMMARY`).
public struct ReportRequest: Sendable, Hashable {
    public var format: ReportFormat
    public var path: String?
    /// Add to the end of `path` rather than replace it.
    public var append: Bool

    public init(format: ReportFormat, path: String? = nil, append: Bool = false) {
        self.format = format
        self.path = path
        self.append = append
    }

    /// Why an argument is not a report request, in words a user can act on.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Parses `FORMAT` or `FORMAT:PATH`. Only the first colon separates, so a path may hold
    /// colons of its own.
    public init(argument: String) throws(ParseError) {
        let name: Substring
        let path: Substring?
        if let colon = argument.firstIndex(of: ":") {
            name = argument[..<colon]
            path = argument[argument.index(after: colon)...]
        } else {
            name = argument[...]
            path = nil
        }
        let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        let append = name.hasSuffix(Self.appendSuffix)
        let formatName = append ? name.dropLast(Self.appendSuffix.count) : name
        guard let format = ReportFormat(rawValue: String(formatName)) else {
            throw ParseError(
                description:
                    "unknown report format \"\(formatName)\" in \"\(argument)\"; use one of \(known), optionally followed by :PATH "
                    + "(or +append:PATH to add to the end of the file).")
        }
        if let path, path.isEmpty {
            throw ParseError(
                description: "\"\(argument)\" names no file after the colon; write \(name):PATH, or \(name) for standard output.")
        }
        if append && path == nil {
            throw ParseError(
                description: "\"\(argument)\" names no file to append to; write \(name):PATH.")
        }
        self.init(format: format, path: path.map(String.init), append: append)
    }

    /// What follows a format's name to append to the file rather than replace it.
    public static let appendSuffix = "+append"

    /// Checks a set of requests together: at most one may write to standard output (two would
    /// be interleaved), none of a binary format, and no two may write the same file.
    public static func validate(_ requests: [ReportRequest]) throws(ParseError) {
        let toStandardOutput = requests.filter { $0.path == nil }
        if let binary = toStandardOutput.first(where: { $0.format.isBinary }) {
            let name = binary.format.rawValue
            throw ParseError(
                description: "\(name) is a binary format and cannot go to standard output; write it to a file with \(name):PATH.")
        }
        if toStandardOutput.count > 1 {
            let names = toStandardOutput.map(\.format.rawValue).joined(separator: ", ")
            throw ParseError(
                description: "only one report can go to standard output, not \(names); give the others a file with FORMAT:PATH.")
        }
        var seen: Set<String> = []
        for path in requests.compactMap(\.path) where !seen.insert(path).inserted {
            throw ParseError(description: "two reports would write the same file \(path).")
        }
    }
}
