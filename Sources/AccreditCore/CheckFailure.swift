/// Why a check produced no report. The two causes are kept apart because they call for
/// different people: broken rule files for the rule author, a broken package for the unit's
/// coordinator. Either way every problem is located and says what to do.
public enum CheckFailure: Error, Sendable, Equatable {
    /// The standard or rule files could not be loaded; no package can be judged with them.
    case rules([AccreditError])
    /// The package could not be read or refers to what the rules do not know.
    case package([AccreditError])

    /// The problems, in the order they were found.
    public var errors: [AccreditError] {
        switch self {
        case .rules(let errors), .package(let errors): return errors
        }
    }
}
