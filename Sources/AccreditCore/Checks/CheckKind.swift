/// The built-in ways of verifying a requirement. A rule binds one of them to parameters.
public enum CheckKind: String, Sendable, Codable, CaseIterable {
    /// Evidence documents of given kinds: how many, how old, present and intact in the package.
    case evidence
    /// A self-assessment answer on the requirement's scale.
    case selfAssessment = "self-assessment"
    /// An indicator value against a threshold, higher or lower being better.
    case indicator
    /// An XPath 1.0 assertion over the package manifest.
    case xpath

    /// The parameters this kind accepts, with their types and whether they are required.
    public var parameters: [ParameterSpec] {
        switch self {
        case .evidence:
            return [
                ParameterSpec("kind", .idList, required: true),
                ParameterSpec("min", .integer),
                ParameterSpec("maxAgeDays", .integer),
            ]
        case .selfAssessment:
            return [
                ParameterSpec("min", .number),
                ParameterSpec("partialMin", .number),
                ParameterSpec("accept", .idList),
            ]
        case .indicator:
            return [
                ParameterSpec("indicator", .id, required: true),
                ParameterSpec("threshold", .number, required: true),
                ParameterSpec("direction", .direction, required: true),
                ParameterSpec("unit", .text),
                ParameterSpec("maxAgeDays", .integer),
            ]
        case .xpath:
            return [
                ParameterSpec("test", .xpath, required: true),
                ParameterSpec("message-da", .text, required: true),
                ParameterSpec("message-en", .text, required: true),
            ]
        }
    }
}

/// One parameter a check kind accepts.
public struct ParameterSpec: Sendable, Hashable {
    public enum ValueType: String, Sendable {
        case text, id, idList, integer, number, direction, xpath
    }

    public var name: String
    public var type: ValueType
    public var required: Bool

    public init(_ name: String, _ type: ValueType, required: Bool = false) {
        self.name = name
        self.type = type
        self.required = required
    }

    /// Nil if `value` has this type, else what is wrong with it.
    public func problem(with value: String) -> String? {
        switch type {
        case .text, .xpath: return nil
        case .id: return value.isEmpty || value.contains(" ") ? "must be one id" : nil
        case .idList: return value.split(separator: " ").isEmpty ? "must list at least one id" : nil
        case .integer: return Int(value).map { $0 >= 0 ? nil : "must not be negative" } ?? "must be a whole number"
        case .number: return Double(value) == nil ? "must be a number" : nil
        case .direction: return value == "higher" || value == "lower" ? nil : "must be 'higher' or 'lower'"
        }
    }
}
