import Foundation

/// Where the rule files come from when `--rules` is not given: `Standards/` and `Rules/` in
/// the current folder, else in the nearest folder above the executable that has both (the
/// repository, when run from a build folder).
enum RuleFolders {
    static func defaults(executable: String = CommandLine.arguments[0]) -> [String]? {
        let fm = FileManager.default
        func both(in folder: String) -> [String]? {
            let standards = folder + "/Standards", rules = folder + "/Rules"
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: standards, isDirectory: &isDir), isDir.boolValue,
                  fm.fileExists(atPath: rules, isDirectory: &isDir), isDir.boolValue else { return nil }
            return [standards, rules]
        }
        if both(in: ".") != nil { return ["Standards", "Rules"] }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if let found = both(in: folder.path) { return found }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
