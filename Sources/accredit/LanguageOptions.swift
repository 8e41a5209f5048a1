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
    /// The language when `--lang` is not given: Danish if the environment asks for it.
    static var fromEnvironment: Language {
        let env = ProcessInfo.processInfo.environment
        let value = env["LC_ALL"] ?? env["LC_MESSAGES"] ?? env["LANG"] ?? ""
        return value.hasPrefix("da") ? .da : .en
    }
}
