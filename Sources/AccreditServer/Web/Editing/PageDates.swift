import AccreditCore
import Foundation

/// Dates on the editing pages: today as the municipality's calendar has it, and instants (audit
/// entries) as a reader of each language writes them, in Danish time.
enum PageDates {
    static let zone = TimeZone(identifier: "Europe/Copenhagen") ?? TimeZone(secondsFromGMT: 3600)!

    static func day(of date: Date) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let text = String(format: "%04d-%02d-%02d", parts.year ?? 2000, parts.month ?? 1, parts.day ?? 1)
        return Day(iso: text) ?? Day(ordinal: 0)
    }

    static func today() -> Day { day(of: Date()) }

    /// `3. marts 2026 kl. 14.05` / `3 March 2026, 14:05`.
    static func instant(_ date: Date, _ language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let hour = String(format: "%02d", parts.hour ?? 0)
        let minute = String(format: "%02d", parts.minute ?? 0)
        let day = language.date(day(of: date))
        return language == .da ? "\(day) kl. \(hour).\(minute)" : "\(day), \(hour):\(minute)"
    }

    /// An instant for `<time datetime>`.
    static func machine(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        return formatter.string(from: date)
    }
}
