import AccreditCore
import ArgumentParser

/// The options that say how a package is checked, gathered into the core's one `CheckOptions`
/// value: the assessment date and the bounds on what a package may make accredit do.
struct CheckOptionGroup: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Judge the package at this date (YYYY-MM-DD) instead of its declared assessment date.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Largest manifest accepted, in bytes.", valueName: "bytes"))
    var maxManifestBytes: Int = PackageLimits().maxManifestBytes

    @Option(help: ArgumentHelp("Largest evidence file hashed, in bytes.", valueName: "bytes"))
    var maxEvidenceBytes: Int = PackageLimits().maxEvidenceBytes

    @Option(help: ArgumentHelp("Most entries accepted in one manifest.", valueName: "count"))
    var maxEntries: Int = PackageLimits().maxEntries

    @Option(help: ArgumentHelp("Most files and folders accepted in a zip package.", valueName: "count"))
    var maxArchiveEntries: Int = PackageLimits().maxArchiveEntries

    @Option(help: ArgumentHelp("Largest total uncompressed size of a zip package, in bytes.", valueName: "bytes"))
    var maxArchiveBytes: Int = PackageLimits().maxArchiveBytes

    @Option(
        help: ArgumentHelp(
            "Highest compression ratio accepted for a zip entry over 1 MiB, and for a whole zip unpacking to over 4 MiB.",
            valueName: "ratio"))
    var maxCompressionRatio: Int = PackageLimits().maxCompressionRatio

    @Option(help: ArgumentHelp("Most attributes accepted on one element of the manifest.", valueName: "count"))
    var maxAttributes: Int = PackageLimits().maxAttributesPerElement

    @Flag(
        help:
            "Accept manifest and evidence files with other hard links (refused by default: a hard link can lead out of the package)."
    )
    var allowHardLinks = false

    @Option(
        help: ArgumentHelp("Seconds one package may take before it is reported as could-not-be-evaluated.", valueName: "seconds"))
    var timeout: Double = 60

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds.") }
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, not \"\(asOf)\".")
        }
        if [
            maxManifestBytes, maxEvidenceBytes, maxEntries, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio,
            maxAttributes,
        ]
        .contains(where: { $0 <= 0 }) {
            throw ValidationError("limits must be positive.")
        }
    }

    /// The options as the core takes them; `validate()` has accepted the date.
    var options: CheckOptions {
        var limits = PackageLimits()
        limits.maxManifestBytes = maxManifestBytes
        limits.maxEvidenceBytes = maxEvidenceBytes
        limits.maxEntries = maxEntries
        limits.maxArchiveEntries = maxArchiveEntries
        limits.maxArchiveBytes = maxArchiveBytes
        limits.maxCompressionRatio = maxCompressionRatio
        limits.maxAttributesPerElement = maxAttributes
        limits.allowHardLinks = allowHardLinks
        return CheckOptions(asOf: asOf.flatMap(Day.init(iso:)), limits: limits, timeout: timeout)
    }
}
