import AccreditCore
import Foundation

/// Messages for people go to standard error; reports go to standard output or files.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// "error: …" (or "fejl: …") for a problem that stops a command.
    static func error(_ text: String, _ language: Language) {
        write(CommandMessage.errorPrefix.text(language) + text)
    }

    static func error(_ message: LocalisedText, _ language: Language) {
        error(message.text(language), language)
    }

    static func error(_ problem: AccreditError, _ language: Language) {
        error(problem.text(language), language)
    }
}
