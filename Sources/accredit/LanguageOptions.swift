import AccreditCore
import ArgumentParser
import Foundation

/// `--lang`, the same in every command: the language of reports and messages.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of the output: da or en. Default: from LANG, else en.")
    var language: Language?

    /// The language asked for, else Danish when the environment asks for it, else English.
    var lang: Language { language ?? .fromEnvironment }
}

extension Language: ExpressibleByArgument {
    /// The language when `--lang` is not given: Danish if the environment asks for it. The
    /// three variables are read one by one: `ProcessInfo`'s environment builds a dictionary
    /// of every variable on each call, a measurable part of a small package's check.
    static var fromEnvironment: Language {
        let names: [String] = ["LC_ALL", "LC_MESSAGES", "LANG"]
        let set = names.lazy.compactMap { getenv($0) }.first
        return set.map { String(cString: $0).hasPrefix("da") } == true ? .da : .en
    }
}
