import AccreditXML

/// How a parameter's text becomes a typed value, or why it cannot. The texts of the problems
/// are those `lint` has always printed.
struct ParameterType<Value: Sendable>: Sendable {
    let parse: @Sendable (String) -> Result<Value, ParameterRejection>
}

extension ParameterType where Value == String {
    /// Any text.
    static var text: Self { Self { .success($0) } }
    /// One id: not empty, no spaces.
    static var id: Self { Self { $0.isEmpty || $0.contains(" ") ? .failure(.type("must be one id")) : .success($0) } }
    /// An XPath 1.0 expression over the manifest that compiles; kept as written.
    static var xpath: Self {
        Self { text in
            do throws(XPathError) {
                _ = try XPathExpression(text, namespaces: XPathCheck.namespaces)
                return .success(text)
            } catch {
                return .failure(.xpath(error.summary))
            }
        }
    }
}

extension ParameterType where Value == [String] {
    /// Ids separated by spaces, at least one.
    static var idList: Self {
        Self { text in
            let ids = text.split(separator: " ").map(String.init)
            return ids.isEmpty ? .failure(.type("must list at least one id")) : .success(ids)
        }
    }
}

extension ParameterType where Value == Int {
    /// A whole number, not negative.
    static var integer: Self {
        Self { text in
            guard let value = Int(text) else { return .failure(.type("must be a whole number")) }
            return value >= 0 ? .success(value) : .failure(.type("must not be negative"))
        }
    }
}

extension ParameterType where Value == WrittenNumber {
    /// A number, kept with its text so that messages repeat it as written.
    static var number: Self {
        Self { text in Double(text).map { .success(WrittenNumber(value: $0, text: text)) } ?? .failure(.type("must be a number"))
        }
    }
}

extension ParameterType where Value == Direction {
    /// `higher` or `lower`: which way is better.
    static var direction: Self {
        Self { Direction(rawValue: $0).map { .success($0) } ?? .failure(.type("must be 'higher' or 'lower'")) }
    }
}

extension ParameterType where Value == Day {
    /// A date, `YYYY-MM-DD`.
    static var date: Self {
        Self { Day(iso: $0).map { .success($0) } ?? .failure(.type("must be a date (YYYY-MM-DD)")) }
    }
}

extension ParameterType {
    /// One of the cases of `Value`, by raw value.
    static func choice(_ type: Value.Type) -> Self where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
        let names = Value.allCases.map { "'\($0.rawValue)'" }
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
        return Self { Value(rawValue: $0).map { .success($0) } ?? .failure(.type("must be \(list)")) }
    }
}
