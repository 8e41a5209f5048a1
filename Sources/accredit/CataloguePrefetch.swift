/// Starts loading the catalogue of a `check` before its arguments are parsed. Parsing them
/// takes about as long as loading the shipped rule files, so on two cores the two overlap
/// and a small check starts noticeably sooner.
///
/// The guess is made from the raw arguments and is only a guess: `check` uses the load only
/// when it was for exactly the folders `check` itself settles on, and otherwise loads its own.
enum CataloguePrefetch {
    /// Set once on the main thread before parsing, taken once by `check` on the same thread.
    nonisolated(unsafe) private static var pending: (folders: [String], load: CatalogueInBackground)?

    static func begin(arguments: [String]) {
        guard arguments.count > 1, arguments[1] == "check",
              let folders = guessFolders(Array(arguments.dropFirst(2))) ?? RuleFolders.defaults()
        else { return }
        pending = (folders, CatalogueInBackground(folders))
    }

    /// The load started for `folders`, if that is what was started; later calls return nil.
    static func take(for folders: [String]) -> CatalogueInBackground? {
        defer { pending = nil }
        guard let pending, pending.folders == folders else { return nil }
        return pending.load
    }

    /// The `--rules` values among `arguments`, nil if there are none. Options after `--` are
    /// package names, not options.
    static func guessFolders(_ arguments: [String]) -> [String]? {
        var folders: [String] = []
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--rules", index + 1 < arguments.count {
                folders.append(arguments[index + 1])
                index += 1
            } else if argument.hasPrefix("--rules=") {
                folders.append(String(argument.dropFirst("--rules=".count)))
            }
            index += 1
        }
        return folders.isEmpty ? nil : folders
    }
}
