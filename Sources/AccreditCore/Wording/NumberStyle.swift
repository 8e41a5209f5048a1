/// Numbers, percentages and dates as a reader of each language writes them: `80,3 %` and
/// `10.000` in Danish, `80.3 %` and `10,000` in English. Formatted by hand rather than with
/// Foundation's locale data, so that reports are byte-identical on every machine whatever
/// locale data it has installed.
extension Language {
    /// The decimal separator.
    public var decimalSeparator: String { self == .da ? "," : "." }
    /// The separator between groups of three digits.
    public var groupingSeparator: String { self == .da ? "." : "," }

    /// `value` with at most `fractionDigits` digits after the separator, trailing zeros
    /// dropped: `80,28` / `80.28`, `3` for 3.0.
    public func decimal(_ value: Double, fractionDigits: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value < 0 ? "-∞" : "∞") }
        let scale = (0..<max(0, fractionDigits)).reduce(1.0) { product, _ in product * 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let units = Int(scaled)
        let whole = units / Int(scale)
        let fraction = units % Int(scale)
        var text = (value < 0 && units != 0 ? "-" : "") + grouped(whole)
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: max(0, fractionDigits - digits.count)) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += decimalSeparator + digits
        }
        return text
    }

    /// A share as a percentage with one decimal at most: `80,3 %` / `80.3 %`.
    public func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        return decimal(Double(part) * 100 / Double(whole), fractionDigits: 1) + " %"
    }

    /// A whole number with its groups of three digits separated: `10.000` / `10,000`.
    public func integer(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(value.magnitude)
    }

    /// A date as written in running text: `1. marts 2026` / `1 March 2026`.
    public func date(_ day: Day) -> String {
        let parts = day.description.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return day.description }
        let months =
            self == .da
            ? [
                "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
                "december",
            ]
            : [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                "December",
            ]
        return self == .da
            ? "\(parts[2]). \(months[parts[1] - 1]) \(parts[0])" : "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    private func grouped<Number: BinaryInteger>(_ value: Number) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += groupingSeparator }
            out.append(digit)
        }
        return out
    }
}
