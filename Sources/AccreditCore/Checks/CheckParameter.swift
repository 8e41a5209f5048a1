/// One parameter a check kind accepts: its name as written in `<param name>` and
/// `<with name>`, the type its text must have, whether a use must end up with it, and the
/// value it takes when absent.
///
/// A kind declares each parameter once, as a static constant, lists them in
/// `Check.parameters` for the loader, and reads the parsed value with the same constant, so
/// the name, the type and the default never drift apart.
struct CheckParameter<Value: Sendable>: CheckParameterSpec {
    let name: String
    let type: ParameterType<Value>
    let required: Bool
    let defaultValue: Value?

    init(_ name: String, _ type: ParameterType<Value>, required: Bool = false, default defaultValue: Value? = nil) {
        self.name = name
        self.type = type
        self.required = required
        self.defaultValue = defaultValue
    }

    func parse(_ text: String) -> Result<any Sendable, ParameterRejection> {
        type.parse(text).map { $0 }
    }
}

/// A parameter without its value type, as the loader sees it: it checks names, parses every
/// value once and keeps the results for the kind to read.
protocol CheckParameterSpec: Sendable {
    var name: String { get }
    var required: Bool { get }
    /// The value written as `text`, or why it cannot be one of this parameter's.
    func parse(_ text: String) -> Result<any Sendable, ParameterRejection>
}
