import Foundation

/// Where the shipped standards and rules are when no folder is named: the same for every front
/// end. The folders in `ACCREDIT_RULES` (separated by colons), else `Standards/` and `Rules/`
/// next to the installed executable (`../share/accredit/`) or in the repository it was built
/// in. Never the current folder, so that a package checked from its own folder cannot bring
/// rules of its own.
public enum DefaultRuleFolders {
    /// The default rule folders, or nil when there are none.
    public static func find(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = CommandLine.arguments[0]
    ) -> [String]? {
        if let list = environment["ACCREDIT_RULES"], !list.isEmpty {
            return list.split(separator: ":").map(String.init)
        }
        let fm = FileManager.default
        func both(in folder: String) -> [String]? {
            let standards = folder + "/Standards"
            let rules = folder + "/Rules"
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: standards, isDirectory: &isDir), isDir.boolValue,
                fm.fileExists(atPath: rules, isDirectory: &isDir), isDir.boolValue
            else { return nil }
            return [standards, rules]
        }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        if let installed = both(in: folder.deletingLastPathComponent().path + "/share/accredit") { return shown(installed) }
        for _ in 0..<6 {
            if let found = both(in: folder.path) { return shown(found) }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// `folders` as reports show them: relative to the current folder when inside it, so that
    /// a report names `Standards/x.xml` rather than where the repository happens to be.
    private static func shown(_ folders: [String]) -> [String] {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path + "/"
        return folders.map { $0.hasPrefix(current) ? String($0.dropFirst(current.count)) : $0 }
    }
}
