/// How a package is checked: at which date, and within which bounds. One value for every
/// front end, so the command line's flags and the web application's query parameters mean the
/// same thing.
public struct CheckOptions: Sendable, Hashable {
    /// Judge the package at this date instead of its declared assessment date, so a report never
    /// changes just because time passed.
    public var asOf: Day?
    /// Bounds on what the package may make accredit do.
    public var limits: PackageLimits
    /// Seconds one package may take, from opening it to its report; nil for no bound. A check
    /// that runs out of time fails as could-not-be-evaluated, and a batch goes on with the next
    /// package. The command line's `--timeout` defaults to 60.
    public var timeout: Double?

    public init(asOf: Day? = nil, limits: PackageLimits = PackageLimits(), timeout: Double? = nil) {
        self.asOf = asOf
        self.limits = limits
        self.timeout = timeout
    }
}
