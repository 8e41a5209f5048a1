import AccreditCore
import ArgumentParser
import Foundation

extension Language: ExpressibleByArgument {
    /// The language when `--lang` is not given: Danish if the environment asks for it.
    static var fromEnvironment: Language {
        let env = ProcessInfo.processInfo.environment
        let value = env["LC_ALL"] ?? env["LC_MESSAGES"] ?? env["LANG"] ?? ""
        return value.hasPrefix("da") ? .da : .en
    }
}
