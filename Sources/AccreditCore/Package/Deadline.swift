import Dispatch

/// The moment a check of one package gives up (`CheckOptions.timeout`), on the monotonic
/// clock: a package built to take hours (a manifest of millions of entries, XPath rules
/// that scan it again and again) must not hold up a batch or a server for longer.
///
/// It only measures how long the check runs; nothing it decides ends up in a report, so the
/// core's reports stay independent of the clock. The checks ask `hasPassed` at safe points:
/// between manifest entries, archive entries, evidence files and requirements, and before
/// each XPath evaluation.
package struct Deadline: Sendable {
    private let end: UInt64
    /// The timeout as given, for the message.
    let seconds: Double

    /// `seconds` from now.
    package init(seconds: Double) {
        self.seconds = seconds
        let nanoseconds = seconds >= Double(UInt64.max / 2) / 1e9 ? UInt64.max / 2 : UInt64(max(seconds, 0) * 1e9)
        end = DispatchTime.now().uptimeNanoseconds &+ nanoseconds
    }

    /// Whether the time is up.
    package var hasPassed: Bool { DispatchTime.now().uptimeNanoseconds >= end }

    /// The refusal of a package whose check ran out of time, at `file`.
    func error(at file: String) -> AccreditError {
        let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return AccreditError(
            .timedOut, at: SourceLocation(file: file, line: 0),
            message: LocalisedText(
                da: "pakken kunne ikke vurderes inden for \(String(shown.map { $0 == "." ? "," : $0 })) sekunder",
                en: "the package could not be evaluated within \(shown) seconds"),
            hint: LocalisedText(
                da: "Del pakken op, eller giv mere tid med --timeout, hvis kilden er betroet.",
                en: "Split the package, or allow more time with --timeout if the source is trusted."))
    }
}
