import AccreditCore
import Foundation

/// Numbers, shares, changes and dates as the reading pages show them, in each language's own
/// form (`87,5 %`, `1. marts 2026` in Danish), through the core's `Language` helpers so pages
/// and reports write numbers alike.
enum ReadingFormat {
    /// The municipality's clock: days and times are Danish whatever zone the server runs in.
    static let timeZone = TimeZone(identifier: "Europe/Copenhagen") ?? .current
    static let utc = TimeZone(secondsFromGMT: 0)!

    /// The calendar day `date` falls on in Denmark, and the minute of that day. Worked out from
    /// the zone's offset rather than with a `Calendar`, which the dashboard would ask a thousand
    /// times per page.
    static func local(_ date: Date, in zone: TimeZone = timeZone) -> (day: Day, minute: Int) {
        let offset = Double(zone.secondsFromGMT(for: date))
        let seconds = Int((date.timeIntervalSince1970 + offset).rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        return (Day(ordinal: days), (seconds - days * 86_400) / 60)
    }

    /// The calendar day `date` falls on in Denmark.
    static func day(_ date: Date) -> Day { local(date).day }

    /// Today in Denmark: what "expires within 7 days" counts from.
    static func today(_ now: Date = Date()) -> Day { day(now) }

    /// A day in running text: `1. marts 2026` / `1 March 2026`.
    static func date(_ day: Day, _ language: Language) -> String { language.date(day) }

    /// A `YYYY-MM-DD` text as a day in running text; the text itself when it is not a date.
    static func date(iso text: String, _ language: Language) -> String {
        Day(iso: text).map { language.date($0) } ?? text
    }

    /// A moment: `1. marts 2026 kl. 14.05` / `1 March 2026, 14:05`.
    static func dateTime(_ date: Date, _ language: Language) -> String {
        let (day, minute) = local(date)
        let hour = twoDigits(minute / 60)
        let minutes = twoDigits(minute % 60)
        let text = language.date(day)
        return language == .da ? "\(text) kl. \(hour).\(minutes)" : "\(text), \(hour):\(minutes)"
    }

    /// The machine form of a moment, for `<time datetime>`: `2026-03-01T13:05Z`.
    static func isoDateTime(_ date: Date) -> String {
        let (day, minute) = local(date, in: utc)
        return "\(day.description)T\(twoDigits(minute / 60)):\(twoDigits(minute % 60))Z"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// The share of requirements met: `87,5 %`; `–` when nothing was assessable or the run
    /// could not be evaluated.
    static func share(_ summary: RunSummary?, _ language: Language) -> String {
        guard let summary else { return "–" }
        return language.percent(summary.fulfilled, of: summary.assessable)
    }

    /// The share in percent (0–100), for comparing and drawing; nil without one.
    static func percent(_ summary: RunSummary?) -> Double? {
        summary?.shareMet.map { $0 * 100 }
    }

    /// A whole number with its groups: `10.000` / `10,000`.
    static func integer(_ value: Int, _ language: Language) -> String { language.integer(value) }

    /// A change in percentage points rounded to one decimal, signed: `+12,5 procentpoint`.
    static func points(_ change: Double, _ language: Language) -> String {
        let rounded = (change * 10).rounded() / 10
        let number = (rounded > 0 ? "+" : "") + language.decimal(rounded, fractionDigits: 1)
        if language == .da { return "\(number) procentpoint" }
        return abs(rounded) == 1 ? "\(number) percentage point" : "\(number) percentage points"
    }

    /// Whole days from today, in words: `om 3 dage`, `i dag`, `for 2 dage siden`.
    static func daysLeft(_ days: Int, _ language: Language) -> String {
        let count = language.integer(abs(days))
        switch (language, days) {
        case (.da, 0): return "i dag"
        case (.da, 1): return "i morgen"
        case (.da, -1): return "i går"
        case (.da, let d) where d > 0: return "om \(count) dage"
        case (.da, _): return "for \(count) dage siden"
        case (.en, 0): return "today"
        case (.en, 1): return "tomorrow"
        case (.en, -1): return "yesterday"
        case (.en, let d) where d > 0: return "in \(count) days"
        case (.en, _): return "\(count) days ago"
        }
    }
}

/// HTML escaping for the bits of markup the pages build themselves (the history chart): the
/// one markup escaper of the core.
enum HTMLText {
    static func escape(_ text: String) -> String { MarkupEscape.html(text) }
}
