/// Why a parameter's text cannot be used; the loader turns it into a located problem.
enum ParameterRejection: Error, Equatable {
    /// Not of the parameter's type: what it must be, e.g. "must be a whole number".
    case type(String)
    /// An XPath expression that does not compile, with the compiler's summary.
    case xpath(String)
    /// A parameter that the use needs but neither it nor its rule gives.
    case missing(String)
}
