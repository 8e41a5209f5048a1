/// Opens a package whatever its form: a folder, a manifest file, or a zip archive (extracted
/// into a private temporary folder that is always removed afterwards).
public struct PackageOpener: Sendable {
    public var limits: PackageLimits

    public init(limits: PackageLimits = PackageLimits()) { self.limits = limits }

    /// Whether `path` names a zip package.
    public static func isArchive(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".zip") && FileAccess.kind(of: path) == .file
    }

    /// Loads the package at `path` and hands it to `body`; any temporary files are gone when
    /// this returns, whatever `body` does. Opening errors are `AccreditErrors`; `body`'s own
    /// errors pass through.
    public func withPackage<R>(_ path: String, _ body: (LoadedPackage) throws -> R) throws -> R {
        let loader = PackageLoader(limits: limits)
        guard Self.isArchive(path) else { return try body(try loader.load(path)) }
        let archive: PackageArchive
        do {
            archive = try PackageArchive(path, limits: limits)
        } catch {
            throw AccreditErrors([error])
        }
        return try withExtendedLifetime(archive) {
            try body(try loader.load(archive.folder, displayedAs: path))
        }
    }
}
