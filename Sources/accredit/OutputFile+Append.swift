import Foundation

extension OutputFile {
    /// Adds the pieces `produce` hands over to the end of the file at `path`, creating it (and
    /// its folders) if need be: for a file others write to as well, such as GitHub's job
    /// summary. The report is rendered whole first, so an error while rendering adds nothing.
    static func append(to path: String, _ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        var bytes: [UInt8] = []
        try produce { bytes += $0 }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError.current() }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor)
    }
}
