/// The parameters of one rule use, each parsed once to its declared type: what a check kind's
/// initialiser reads. The loader builds it only when every value has its type, so a kind
/// never sees a malformed value.
struct CheckArguments: Sendable {
    private let values: [String: any Sendable]

    init(_ values: [String: any Sendable]) { self.values = values }

    /// The value given for `parameter`, else its default, else nil.
    subscript<Value>(_ parameter: CheckParameter<Value>) -> Value? {
        (values[parameter.name] as? Value) ?? parameter.defaultValue
    }

    /// The value given for `parameter`, else its default; a use that has neither is refused.
    func required<Value>(_ parameter: CheckParameter<Value>) throws(ParameterRejection) -> Value {
        guard let value = self[parameter] else { throw .missing(parameter.name) }
        return value
    }
}
