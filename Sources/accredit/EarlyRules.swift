import AccreditCore

/// Starts loading the rule files a `check` will need before its arguments are parsed: parsing
/// them takes about as long as loading the shipped rules, so on two cores the two overlap.
///
/// The guess is made from the raw arguments and is only a guess: `check` uses the load only
/// when it is for exactly the folders `check` itself settles on. Every way out of the process
/// waits for the load first (`finish()`, called by `Accredit.main` and `ExitStatus.end`), so a
/// usage error never exits while a loading thread is inside libxml2.
enum EarlyRules {
    /// Set once on the main thread before parsing; read on the main thread only.
    nonisolated(unsafe) private static var loading: RuleFilesLoading?

    static func begin(arguments: [String]) {
        guard arguments.count > 1, arguments[1] == "check",
            let folders = guessFolders(Array(arguments.dropFirst(2))) ?? RuleOptions.defaults()
        else { return }
        loading = RuleFilesLoading(folders)
    }

    /// The load started for `folders`, if that is what was started.
    static func take(for folders: [String]) -> RuleFilesLoading? {
        guard let loading, loading.folders == folders else { return nil }
        return loading
    }

    /// Waits for the load, if one was started; before any exit.
    static func finish() {
        loading?.finish()
    }

    /// The `--rules` values among `arguments`, nil if there are none. Arguments after `--` are
    /// packages, not options.
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
