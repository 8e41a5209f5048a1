import AccreditCore
import Foundation

/// Writes a report file whole or not at all: into a temporary file beside it, then renamed.
/// Devices and pipes (`-o /dev/null`, `-o /dev/stdout`) are written to directly. A disk that
/// fills up, or a file that reaches the size limit, leaves neither the report nor the
/// temporary file.
enum OutputFile {
    /// Why a write failed: the system's text, and its POSIX code (0 when there is none), which
    /// the error carries as an `NSError` of the POSIX domain so that messages can name a full
    /// disk or a file over the size limit in the user's language.
    struct WriteError: Error, CustomStringConvertible, CustomNSError {
        let description: String
        var code: Int32 = 0

        static var errorDomain: String { NSPOSIXErrorDomain }
        var errorCode: Int { Int(code) }
        var errorUserInfo: [String: Any] { [NSLocalizedDescriptionKey: description] }

        /// The failure `errno` names now.
        static func current() -> WriteError {
            let code = errno
            return WriteError(description: String(cString: strerror(code)), code: code)
        }
    }

    static func write(_ text: String, to path: String) throws {
        try write(utf8: Array(text.utf8), to: path)
    }

    /// Writes `bytes` straight from the array: reports of large packages run to hundreds of
    /// megabytes, and a `Data` copy of them would double the peak memory of the whole check.
    static func write(utf8 bytes: [UInt8], to path: String) throws {
        try write(to: path) { write in try write(bytes) }
    }

    /// Writes the pieces `produce` hands to its `write`, in order, as one file, whole or not at
    /// all. Pieces are written as they come, so a report rendered piece by piece need never be
    /// in memory whole. An error from `produce` or from writing leaves nothing behind.
    static func write(to path: String, _ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        // The temporary file is registered as it is created, so that a signal handler can
        // remove it: an interrupted run leaves no half-written report beside the real one.
        let (descriptor, temporary) = try open(path)
        defer { if let temporary { TemporaryPaths.unregister(temporary) } }
        do {
            try produce { try writeAll($0, to: descriptor) }
        } catch {
            close(descriptor)
            if let temporary { unlink(temporary) }
            throw error
        }
        // A full disk may show only now (file systems that allocate on close, such as NFS).
        var failure: WriteError?
        if close(descriptor) != 0 { failure = .current() }
        if let temporary {
            if failure == nil, rename(temporary, path) != 0 { failure = .current() }
            if failure != nil { unlink(temporary) }
        }
        if let failure { throw failure }
    }

    /// The descriptor to write `path` through, and the temporary file behind it that is renamed
    /// over `path` once complete; no temporary file for a destination that is not a regular
    /// file (/dev/null, a terminal, a named pipe), which is written to where it is: renaming a
    /// temporary file over it would replace the device with a file, wherever the user may
    /// write to its folder.
    private static func open(_ path: String) throws -> (descriptor: Int32, temporary: String?) {
        var info = stat()
        let kind = stat(path, &info) == 0 ? info.st_mode & mode_t(S_IFMT) : nil
        if let kind, kind != mode_t(S_IFREG) {
            guard kind != mode_t(S_IFDIR) else { throw WriteError(description: "is a folder") }
            let descriptor = Glibc.open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw WriteError.current() }
            return (descriptor, nil)
        }
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // A fresh temporary name from mkstemp (created exclusively, never through a planted
        // symbolic link), readable like any report (mkstemp makes it private), then renamed
        // over `path`. A fixed mode rather than the umask: reading the umask means setting it,
        // for the whole process, while batch runs create files on other threads.
        let made = TemporaryPaths.create { () -> (path: String, value: Int32)? in
            var template = Array((url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else { return nil }
            return (String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), descriptor)
        }
        guard let made else { throw WriteError.current() }
        fchmod(made.value, 0o644)
        return (made.value, made.path)
    }

    /// Writes all of `bytes`, retrying where a write was cut short.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    // ENOSPC on a full disk, EFBIG over the file size limit (`ulimit -f`; the
                    // command line ignores SIGXFSZ so that the write fails rather than the
                    // process): the caller removes the temporary file.
                    throw WriteError.current()
                }
                offset += written
            }
        }
    }
}
