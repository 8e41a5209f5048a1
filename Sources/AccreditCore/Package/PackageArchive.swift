import Foundation
import ZIPFoundation

/// A zip package extracted into a private temporary folder (mode 0700) that is removed again
/// when this value is released. Every entry is checked before anything is written: names that
/// would land outside the folder, symbolic links, encrypted or unreadable entries, too many
/// entries, too many bytes and suspicious compression ratios are refused. Written bytes are
/// counted as well, so an archive lying about its sizes cannot get past the limits.
final class PackageArchive {
    /// The folder holding the extracted package (its manifest.xml).
    let folder: String
    private let temporary: String

    /// Extracts the archive at `path`; problems are reported at `displayName` (the name the user
    /// knows the archive by, which for bytes received over the network is not a path).
    init(
        _ path: String, displayedAs displayName: String? = nil, limits: PackageLimits,
        deadline: Deadline? = nil
    ) throws(AccreditError) {
        let file = path
        let path = displayName ?? path
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        } catch {
            throw Self.refusal(
                .invalid, path, da: "filen er ikke et zip-arkiv, eller arkivet er ødelagt",
                en: "the file is not a zip archive, or the archive is corrupt")
        }
        let all = Array(archive)
        let declared = Self.declaredEntryCount(file)
        if let declared, declared != all.count {
            throw Self.refusal(
                .unsafe, path, da: "arkivet har krypterede eller ulæselige poster",
                en: "the archive has encrypted or unreadable entries")
        }
        // What macOS Finder adds to every zip it makes (resource forks under __MACOSX/,
        // .DS_Store folder settings) is no part of the package: never checked, never extracted.
        let entries = all.filter { !Self.isFinderClutter($0.path) }
        guard all.count <= limits.maxArchiveEntries else {
            throw Self.refusal(
                .tooLarge, path, da: "arkivet har \(all.count) poster; grænsen er \(limits.maxArchiveEntries)",
                en: "the archive has \(all.count) entries; the limit is \(limits.maxArchiveEntries)")
        }
        var total: UInt64 = 0
        var compressed: UInt64 = 0
        for entry in entries {
            if let problem = Self.problem(with: entry, limits: limits) {
                throw Self.refusal(.unsafe, path, da: problem.da, en: problem.en)
            }
            total += entry.uncompressedSize
            compressed += entry.compressedSize
        }
        guard total <= UInt64(limits.maxArchiveBytes) else {
            throw Self.refusal(
                .tooLarge, path, da: "arkivet udpakkes til \(total) bytes; grænsen er \(limits.maxArchiveBytes)",
                en: "the archive unpacks to \(total) bytes; the limit is \(limits.maxArchiveBytes)")
        }
        // The bound per entry misses a bomb spread over many entries of 1 MiB or less; the
        // whole archive is held to the same ratio once it unpacks to more than a few MiB.
        if total > Self.wholeArchiveRatioFrom, total / max(compressed, 1) > UInt64(limits.maxCompressionRatio) {
            throw Self.refusal(
                .unsafe, path, da: "arkivet er som helhed komprimeret mere end \(limits.maxCompressionRatio):1 (en zip-bombe?)",
                en: "the archive as a whole is compressed more than \(limits.maxCompressionRatio):1 (a zip bomb?)")
        }

        let template = FileManager.default.temporaryDirectory.path + "/accredit-XXXXXX"
        guard let made = TemporaryPaths.create({ Self.makeFolder(template).map { ($0, ()) } }) else {
            throw Self.refusal(
                .unreadable, path, da: "kan ikke oprette en midlertidig mappe", en: "cannot create a temporary folder")
        }
        temporary = made.path
        var written: UInt64 = 0
        var timedOut = false
        var damaged: String?
        do {
            for entry in entries {
                if let deadline, deadline.hasPassed {
                    timedOut = true
                    throw CocoaError(.userCancelled)
                }
                if TemporaryPaths.isClosing { throw CocoaError(.userCancelled) }
                let target = temporary + "/" + entry.path
                if entry.type == .directory {
                    try FileManager.default.createDirectory(
                        atPath: target, withIntermediateDirectories: true,
                        attributes: [.posixPermissions: 0o700])
                    continue
                }
                try FileManager.default.createDirectory(
                    atPath: (target as NSString).deletingLastPathComponent,
                    withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
                guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission) }
                defer { close(fd) }
                var entryBytes: UInt64 = 0
                // ZIPFoundation computes the CRC-32 of what it hands over but leaves comparing it
                // to the caller: a damaged entry would otherwise be extracted as it is.
                let checksum = try archive.extract(entry, skipCRC32: false) { data in
                    entryBytes += UInt64(data.count)
                    written += UInt64(data.count)
                    guard entryBytes <= entry.uncompressedSize, written <= UInt64(limits.maxArchiveBytes) else {
                        throw CocoaError(.fileReadTooLarge)
                    }
                    try data.withUnsafeBytes { buffer in
                        var offset = 0
                        while offset < buffer.count {
                            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                            guard n > 0 else { throw CocoaError(.fileWriteUnknown) }
                            offset += n
                        }
                    }
                }
                if checksum != entry.checksum {
                    damaged = entry.path
                    throw CocoaError(.fileReadCorruptFile)
                }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            TemporaryPaths.unregister(temporary)
            if timedOut, let deadline { throw deadline.error(at: path) }
            if let damaged {
                throw Self.refusal(
                    .unsafe, path, da: "posten \"\(damaged)\" er beskadiget: dens CRC-32 passer ikke til dens indhold",
                    en: "entry \"\(damaged)\" is damaged: its CRC-32 does not match its contents")
            }
            throw Self.refusal(
                .unsafe, path, da: "arkivet kan ikke pakkes ud: det er ødelagt eller lyver om sine størrelser",
                en: "the archive cannot be unpacked: it is corrupt or lies about its sizes")
        }
        folder = Self.packageFolder(in: temporary, entries: entries)
    }

    /// Archives unpacking to more than this (4 MiB) are held to the compression ratio as a whole.
    static let wholeArchiveRatioFrom: UInt64 = 4 << 20

    deinit {
        try? FileManager.default.removeItem(atPath: temporary)
        TemporaryPaths.unregister(temporary)
    }

    /// A fresh private folder from `mkdtemp`, or nil.
    static func makeFolder(_ template: String) -> String? {
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { return nil }
        return String(cString: made)
    }

    /// Whether `name` is something macOS Finder adds to a zip: the `__MACOSX/` folder of
    /// resource forks, or a `.DS_Store` file anywhere.
    static func isFinderClutter(_ name: String) -> Bool {
        name == "__MACOSX" || name.hasPrefix("__MACOSX/") || name == ".DS_Store" || name.hasSuffix("/.DS_Store")
    }

    /// The manifest may sit at the top or in the archive's single top-level folder.
    private static func packageFolder(in root: String, entries: [Entry]) -> String {
        if FileManager.default.fileExists(atPath: root + "/" + PackageLoader.manifestName) { return root }
        let tops = Set(entries.compactMap { $0.path.split(separator: "/").first.map(String.init) })
        if tops.count == 1, let top = tops.first,
            FileManager.default.fileExists(atPath: root + "/" + top + "/" + PackageLoader.manifestName)
        {
            return root + "/" + top
        }
        return root
    }

    private static func problem(with entry: Entry, limits: PackageLimits) -> (da: String, en: String)? {
        let name = entry.path
        if entry.type == .symlink {
            return ("posten \"\(name)\" er et symbolsk link", "entry \"\(name)\" is a symbolic link")
        }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        if name.hasPrefix("/") || name.contains("\\") || name.utf8.contains(0) || parts.contains("..") || name.isEmpty
            || (parts.first.map { $0.count == 2 && $0.hasSuffix(":") } ?? false)
        {
            return ("posten \"\(name)\" ville lande uden for pakken", "entry \"\(name)\" would land outside the package")
        }
        if entry.uncompressedSize > 1 << 20,
            entry.uncompressedSize / max(entry.compressedSize, 1) > UInt64(limits.maxCompressionRatio)
        {
            return (
                "posten \"\(name)\" er komprimeret mere end \(limits.maxCompressionRatio):1 (en zip-bombe?)",
                "entry \"\(name)\" is compressed more than \(limits.maxCompressionRatio):1 (a zip bomb?)"
            )
        }
        return nil
    }

    /// The entry count the archive's end-of-central-directory record declares, to notice
    /// entries the zip reader skipped (encrypted ones).
    private static func declaredEntryCount(_ path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size >= 22 else { return nil }
        let tail = min(size, 65_557)
        try? handle.seek(toOffset: size - tail)
        guard let data = try? handle.read(upToCount: Int(tail)) else { return nil }
        let bytes = [UInt8](data)
        var index = bytes.count - 22
        while index >= 0 {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 {
                let count = Int(bytes[index + 10]) | Int(bytes[index + 11]) << 8
                return count == 0xFFFF ? nil : count  // ZIP64 keeps the real count elsewhere
            }
            index -= 1
        }
        return nil
    }

    private static func refusal(_ kind: AccreditError.Kind, _ path: String, da: String, en: String) -> AccreditError {
        AccreditError(
            kind, at: SourceLocation(file: path, line: 0), message: LocalisedText(da: da, en: en),
            hint: LocalisedText(
                da:
                    "Pak pakken igen som en almindelig zip-fil med manifest.xml og dokumentationen; grænserne kan hæves med --max-archive-* for betroede kilder.",
                en:
                    "Re-create the package as a plain zip with manifest.xml and the evidence; the limits can be raised with --max-archive-* for trusted sources."
            ))
    }
}
