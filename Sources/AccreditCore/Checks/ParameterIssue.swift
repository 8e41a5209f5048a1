/// Something wrong with the parameters of a rule or a use, before the loader locates it.
enum ParameterIssue: Equatable {
    /// A parameter the kind does not declare.
    case unknown(String)
    /// A value the parameter's type refuses.
    case rejected(name: String, value: String, ParameterRejection)
    /// A parameter the use needs and does not get.
    case missing(String)
}
