/// Bounds on what a submitted package may make accredit do. Packages are hostile until
/// proven otherwise; the defaults fit the largest real packages with a wide margin and can be
/// raised from the command line for trusted input.
public struct PackageLimits: Sendable, Hashable {
    /// The manifest's size. libxml2 needs about ten times this in memory.
    public var maxManifestBytes = 96 << 20
    /// One evidence file's size, for hashing.
    public var maxEvidenceBytes = 1 << 30
    /// Entries (answers, evidence, indicators, exemptions) in one manifest.
    public var maxEntries = 2_000_000
    /// Files and folders in a zip package.
    public var maxArchiveEntries = 10_000
    /// Total uncompressed size of a zip package.
    public var maxArchiveBytes = 2 << 30
    /// Uncompressed/compressed size of one zip entry over 1 MiB, and of the whole archive once
    /// it unpacks to more than 4 MiB: more is a zip bomb.
    public var maxCompressionRatio = 200
    /// Attributes on one element of the manifest (and of a rule file). libxml2 2.9 compares
    /// the attributes of one element pairwise, so 200,000 of them cost a minute.
    public var maxAttributesPerElement = 256
    /// Whether a folder package's manifest and evidence may have other hard links. Off: a
    /// hard link reaches a file outside the package (another unit's evidence, a file of the
    /// user running accredit) that no canonical path reveals. Zip packages never hold any.
    public var allowHardLinks = false

    public init() {}
}
