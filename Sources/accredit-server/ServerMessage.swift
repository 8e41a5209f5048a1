import Foundation

/// What the program says: results on standard output, problems on standard error.
enum ServerMessage {
    static func say(_ text: String) {
        // Unbuffered: a script waiting for the address reads it at once.
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data("accredit: error: \(text)\n".utf8))
    }
}
