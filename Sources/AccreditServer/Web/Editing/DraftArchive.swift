import AccreditCore
import Foundation
import ZIPFoundation

/// A draft's zip in memory. Read only after the core has opened the same bytes (which refuses
/// unsafe archives); reading is bounded again here, because the editor keeps every file in
/// memory. Written with the manifest at the top and every file at its path, the layout
/// `accredit init` makes and `accredit check` takes.
enum DraftArchive {
    struct Refusal: Error {
        var message: LocalisedText
    }

    /// The files of the package folder in `zip` (the archive's top, or its single top-level
    /// folder when the manifest is there), without the manifest; at most `limit` bytes in all.
    static func files(_ zip: [UInt8], limit: Int, maxEntries: Int = PackageLimits().maxArchiveEntries) throws(Refusal)
        -> [String: [UInt8]]
    {
        let archive: Archive
        do {
            archive = try Archive(data: Data(zip), accessMode: .read)
        } catch {
            throw Refusal(
                message: LocalisedText(
                    da: "filen er ikke et zip-arkiv, eller arkivet er ødelagt",
                    en: "the file is not a zip archive, or the archive is corrupt"))
        }
        let entries = Array(archive).filter { $0.type == .file && !isFinderClutter($0.path) }
        guard entries.count <= maxEntries else {
            throw Refusal(
                message: LocalisedText(
                    da: "arkivet har mere end \(maxEntries) filer", en: "the archive has more than \(maxEntries) files"))
        }
        let declared = entries.reduce(UInt64(0)) { $0 + $1.uncompressedSize }
        guard declared <= UInt64(limit) else { throw tooLarge(limit) }
        let prefix = packagePrefix(entries.map(\.path))
        var files: [String: [UInt8]] = [:]
        var total = 0
        do {
            for entry in entries where entry.path.hasPrefix(prefix) {
                let path = DraftPackage.normalised(String(entry.path.dropFirst(prefix.count)))
                guard !path.isEmpty, path != PackageLoader.manifestName else { continue }
                var bytes: [UInt8] = []
                _ = try archive.extract(entry, skipCRC32: false) { data in
                    total += data.count
                    guard total <= limit else { throw CocoaError(.fileReadTooLarge) }
                    bytes += data
                }
                files[path] = bytes
            }
        } catch {
            if total > limit { throw tooLarge(limit) }
            throw Refusal(
                message: LocalisedText(
                    da: "arkivet kan ikke pakkes ud: det er ødelagt", en: "the archive cannot be unpacked: it is corrupt"))
        }
        return files
    }

    /// The zip of `manifest` and `files`: the manifest first, then the files by path.
    static func zip(manifest: String, files: [String: [UInt8]]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let entries = [(PackageLoader.manifestName, Array(manifest.utf8))] + files.sorted { $0.key < $1.key }
        // A fixed time, so that the same draft always makes the same bytes.
        let time = Date(timeIntervalSince1970: 1_767_225_600)
        for (path, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: time,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return Array(data)
    }

    /// Where the package folder starts inside the archive: "" or "folder/".
    static func packagePrefix(_ paths: [String]) -> String {
        if paths.contains(PackageLoader.manifestName) { return "" }
        let tops = Set(paths.compactMap { $0.split(separator: "/").first.map(String.init) })
        if tops.count == 1, let top = tops.first, paths.contains(top + "/" + PackageLoader.manifestName) {
            return top + "/"
        }
        return ""
    }

    static func isFinderClutter(_ name: String) -> Bool {
        name == "__MACOSX" || name.hasPrefix("__MACOSX/") || name == ".DS_Store" || name.hasSuffix("/.DS_Store")
    }

    private static func tooLarge(_ limit: Int) -> Refusal {
        Refusal(
            message: LocalisedText(
                da: "pakken fylder udpakket mere end \(limit / 1_048_576) MiB, som editoren kan rumme",
                en: "the package unpacks to more than the \(limit / 1_048_576) MiB the editor can hold"))
    }
}
