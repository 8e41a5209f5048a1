import AccreditAuthoring
import AccreditCore

/// The numbers and colour names every comparison format shares, so a value reads the same in
/// the terminal, the spreadsheet and the page.
enum ComparisonWording {
    /// A value for machines (CSV, JSON): rounded to two decimals, a decimal point, without a
    /// fraction when it is whole; empty when missing.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A value for people: as `number`, in the language's own form (`72,5` in Danish).
    static func shown(_ value: Double?, _ l: Language) -> String {
        guard let value else { return "" }
        return l.decimal(value, fractionDigits: 2)
    }

    /// A change with its sign, so a rise shows as `+2`.
    static func signed(_ value: Double?) -> String {
        guard let value else { return "" }
        return (value > 0 ? "+" : "") + number(value)
    }

    /// A change with its sign, for people, in the language's own form.
    static func shownChange(_ value: Double?, _ l: Language) -> String {
        guard let value else { return "" }
        return (value > 0 ? "+" : "") + shown(value, l)
    }

    /// The colour in words, with the share of units it stands for.
    static func colourName(_ colour: IndicatorComparison.Colour, _ l: Language) -> String {
        switch (colour, l) {
        case (.green, .en): return "green (best 25 %)"
        case (.green, .da): return "grøn (bedste 25 %)"
        case (.yellow, .en): return "yellow (middle 50 %)"
        case (.yellow, .da): return "gul (midterste 50 %)"
        case (.red, .en): return "red (worst 25 %)"
        case (.red, .da): return "rød (dårligste 25 %)"
        case (.grey, .en): return "grey (no data)"
        case (.grey, .da): return "grå (ingen data)"
        }
    }
}
