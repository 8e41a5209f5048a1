import Foundation

/// Opens a package whatever its form: a folder, a manifest file, a zip file, or the bytes of
/// one (each archive extracted into a private temporary folder that is always removed
/// afterwards).
public struct PackageOpener: Sendable {
    public var limits: PackageLimits
    /// When opening (and evaluating) gives up; see `CheckOptions.timeout`.
    package var deadline: Deadline?

    public init(limits: PackageLimits = PackageLimits()) { self.limits = limits }

    /// Whether `path` names a zip package.
    public static func isArchive(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".zip") && FileAccess.kind(of: path) == .file
    }

    /// Loads the package at `path` and hands it to `body`; see `withPackage(_:_:)` for sources.
    public func withPackage<R>(_ path: String, _ body: (LoadedPackage) throws -> R) throws -> R {
        try withPackage(PackageSource(path: path), body)
    }

    /// Loads the package from `source` and hands it to `body`; any temporary files are gone
    /// when this returns, whatever `body` does. Opening errors are `AccreditErrors`; `body`'s
    /// own errors pass through.
    public func withPackage<R>(_ source: PackageSource, _ body: (LoadedPackage) throws -> R) throws -> R {
        var loader = PackageLoader(limits: limits)
        loader.deadline = deadline
        switch source {
        case .folder(let path):
            return try body(try loader.load(path))
        case .zipFile(let path):
            return try withArchive(at: path, displayedAs: path, loader, body)
        case .zipData(let bytes, let name):
            let spool = try ArchiveSpool(bytes, name: name, limit: limits.maxArchiveBytes)
            return try withExtendedLifetime(spool) { try withArchive(at: spool.path, displayedAs: name, loader, body) }
        }
    }

    private func withArchive<R>(
        at path: String, displayedAs name: String, _ loader: PackageLoader,
        _ body: (LoadedPackage) throws -> R
    ) throws -> R {
        let archive: PackageArchive
        do {
            archive = try PackageArchive(path, displayedAs: name, limits: limits, deadline: deadline)
        } catch {
            throw AccreditErrors([error])
        }
        return try withExtendedLifetime(archive) {
            try body(try loader.load(archive.folder, displayedAs: name))
        }
    }
}

/// Zip bytes written to a private temporary file (in a folder of mode 0700), so that received
/// archives go through exactly the checks of archives on disk. Removed when released.
private final class ArchiveSpool {
    let path: String
    private let folder: String

    init(_ bytes: [UInt8], name: String, limit: Int) throws(AccreditErrors) {
        func refusal(_ kind: AccreditError.Kind, da: String, en: String) -> AccreditErrors {
            AccreditErrors([
                AccreditError(
                    kind, at: SourceLocation(file: name, line: 0), message: LocalisedText(da: da, en: en),
                    hint: LocalisedText(
                        da: "Send pakken som en zip-fil med manifest.xml.",
                        en: "Send the package as a zip file holding manifest.xml."))
            ])
        }
        guard bytes.count <= limit else {
            throw refusal(
                .tooLarge, da: "arkivet fylder \(bytes.count) bytes; grænsen er \(limit)",
                en: "the archive is \(bytes.count) bytes; the limit is \(limit)")
        }
        let template = FileManager.default.temporaryDirectory.path + "/accredit-upload-XXXXXX"
        guard let made = TemporaryPaths.create({ PackageArchive.makeFolder(template).map { ($0, ()) } }) else {
            throw refusal(.unreadable, da: "kan ikke oprette en midlertidig mappe", en: "cannot create a temporary folder")
        }
        folder = made.path
        path = folder + "/package.zip"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        var written = 0
        if fd >= 0 {
            defer { close(fd) }
            written = bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if count <= 0 { break }
                    offset += count
                }
                return offset
            }
        }
        guard fd >= 0, written == bytes.count else {
            try? FileManager.default.removeItem(atPath: folder)
            TemporaryPaths.unregister(folder)
            throw refusal(.unreadable, da: "kan ikke gemme arkivet midlertidigt", en: "cannot store the archive temporarily")
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
        TemporaryPaths.unregister(folder)
    }
}
