import Foundation

/// Where an evaluation package comes from. Every front end names its package this way: the
/// command line with a path, the web application with the bytes of an upload.
public enum PackageSource: Sendable, Hashable {
    /// A folder holding `manifest.xml` and the evidence files, or the manifest file itself.
    case folder(String)
    /// A zip file on disk, extracted into a private temporary folder that is always removed.
    case zipFile(String)
    /// The bytes of a zip file received over the network, named as the user knows it (the
    /// upload's file name); treated exactly like a zip file on disk.
    case zipData([UInt8], name: String)

    /// The source a command-line path names: a regular file ending in `.zip` is an archive,
    /// anything else a folder (or manifest), so that a missing path is reported as a missing
    /// package rather than a broken archive.
    public init(path: String) {
        self = PackageOpener.isArchive(path) ? .zipFile(path) : .folder(path)
    }

    /// How reports and messages name the package.
    public var displayName: String {
        switch self {
        case .folder(let path), .zipFile(let path): return path
        case .zipData(_, let name): return name
        }
    }
}

extension PackageSource: CustomStringConvertible {
    public var description: String { displayName }
}

extension PackageSource {
    /// The packages of a folder of packages, sorted by name: every zip file and every
    /// sub-folder. A sub-folder without a manifest is still listed, so that checking it
    /// reports what is missing instead of dropping a unit without a word. Hidden entries
    /// (`.git`, `.DS_Store`) are not packages.
    public static func packages(in folder: String) -> [PackageSource] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().compactMap { name in
            guard !name.hasPrefix(".") else { return nil }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if PackageOpener.isArchive(path) { return .zipFile(path) }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
            return .folder(path)
        }
    }
}
