import Foundation

/// Writes a report file whole or not at all: into a temporary file beside it, then renamed.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        try write(utf8: Array(text.utf8), to: path)
    }

    static func write(utf8 bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: url, options: .atomic)
    }
}
