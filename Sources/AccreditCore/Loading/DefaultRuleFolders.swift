#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shipped standards and rules are when no folder is named: the same for every front
/// end. The folders in `ACCREDIT_RULES` (separated by colons), else `Standards/` and `Rules/`
/// next to the installed executable (`../share/accredit/`) or in the repository it was built
/// in. Never the current folder, so that a package checked from its own folder cannot bring
/// rules of its own.
///
/// Every `check` asks this before its arguments are parsed, so it works on plain paths with
/// `realpath` and `stat`, which set up none of Foundation's URL and file-manager types.
public enum DefaultRuleFolders {
    /// The default rule folders, or nil when there are none. Without `environment`, the
    /// process's own `ACCREDIT_RULES` is read (and no other variable).
    public static func find(
        environment: [String: String]? = nil,
        executable: String = CommandLine.arguments[0]
    ) -> [String]? {
        let list = environment.map { $0["ACCREDIT_RULES"] } ?? getenv("ACCREDIT_RULES").map { String(cString: $0) }
        if let list, !list.isEmpty {
            return list.split(separator: ":").map(String.init)
        }
        func both(in folder: String) -> [String]? {
            let standards = folder + "/Standards"
            let rules = folder + "/Rules"
            guard isFolder(standards), isFolder(rules) else { return nil }
            return [standards, rules]
        }
        var folder = parent(of: resolved(absolute(executable)))
        if let installed = both(in: parent(of: folder) + "/share/accredit") { return shown(installed) }
        for _ in 0..<6 {
            if let found = both(in: folder) { return shown(found) }
            folder = parent(of: folder)
        }
        return nil
    }

    /// `folders` as reports show them: relative to the current folder when inside it, so that
    /// a report names `Standards/x.xml` rather than where the repository happens to be.
    private static func shown(_ folders: [String]) -> [String] {
        let current = resolved(currentFolder())
        let prefix = current == "/" ? "/" : current + "/"
        return folders.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// `path` with symbolic links, `.` and `..` resolved; as it is when it does not exist.
    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : currentFolder() + "/" + path
    }

    private static func currentFolder() -> String {
        guard let current = getcwd(nil, 0) else { return "/" }
        defer { free(current) }
        return String(cString: current)
    }

    /// The folder holding `path`; the root for the root.
    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}
