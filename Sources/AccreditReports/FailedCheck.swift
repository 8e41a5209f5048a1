import AccreditCore

/// A package that could not be evaluated, as every reporter writes it: which package, and
/// why. A pipeline that asked for reports finds every one of them also then, each saying in
/// its own form that nothing was judged and where the problem is, instead of failing its
/// upload step with "file not found".
public struct FailedCheck: Sendable, Equatable {
    /// The package as the user named it (a folder, a manifest or a zip file).
    public var package: String
    /// Why it could not be evaluated.
    public var failure: CheckFailure
    /// The version of accredit that tried.
    public var toolVersion: String

    public init(package: String, failure: CheckFailure, toolVersion: String = AccreditVersion.current) {
        self.package = package
        self.failure = failure
        self.toolVersion = toolVersion
    }

    /// The problems, in the order they were found.
    public var errors: [AccreditError] { failure.errors }

    /// What could not be read: the package or the rule files.
    public var cause: String {
        switch failure {
        case .package: return "package"
        case .rules: return "rules"
        }
    }

    /// Where the first problem is, else the package itself: the one place a format with room
    /// for a single location (a JUnit `file`, a Code Quality issue) names.
    public var firstLocation: SourceLocation {
        errors.lazy.compactMap(\.location).first ?? SourceLocation(file: package, line: 0)
    }

    /// One sentence saying that nothing was judged, and why.
    public func headline(_ l: Language) -> String {
        switch failure {
        case .package:
            return l == .da
                ? "Pakken kunne ikke vurderes; intet krav er bedømt."
                : "The package could not be evaluated; no requirement was judged."
        case .rules:
            return l == .da
                ? "Standard- eller regelfilerne kunne ikke indlæses; intet krav er bedømt."
                : "The standard or rule files could not be loaded; no requirement was judged."
        }
    }

    /// One problem on one line: "file:line: message. hint".
    static func line(_ error: AccreditError, _ l: Language) -> String {
        let hint = error.hint.text(l)
        return (error.location.map { "\($0): " } ?? "") + error.message.text(l) + (hint.isEmpty ? "" : " — " + hint)
    }
}
