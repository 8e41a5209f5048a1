#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system operations the core needs, on POSIX directly: bounded reads, no
/// following of symlinks unless asked, and canonical paths for containment checks.
package enum FileAccess {
    package enum Kind { case file, directory, symlink, other, missing }

    /// What is at `path`, without following a final symlink.
    package static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// Whether `path` is a folder, following symlinks: a package folder may be reached
    /// through a link (what it holds is still checked against its canonical path).
    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// How many hard links the file at `path` has (following symlinks), or nil.
    package static func linkCount(_ path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_nlink) : nil
    }

    /// Size in bytes of a regular file (following symlinks), or nil.
    package static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// The canonical absolute path (symlinks resolved), or nil if it does not exist.
    package static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    package enum ReadError: Error { case missing, tooLarge(Int), unreadable(String), notRegular(LocalisedText) }

    /// Reads a whole regular file, refusing anything over `limit` bytes before reading it.
    /// The bytes are read straight into the array, sized from `fstat`: a manifest runs to tens
    /// of megabytes, and going through a chunk buffer would copy it once more and touch a
    /// megabyte of fresh memory for every file.
    package static func readAll(_ path: String, limit: Int) throws(ReadError) -> [UInt8] {
        let (fd, size) = try openRegular(path, limit: limit)
        defer { close(fd) }
        var failure: ReadError?
        // One byte more than the size, so that a file that grew since `fstat` is noticed
        // without a second buffer; what it grew by is read below.
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = .unreadable(String(cString: strerror(errno)))
                    return
                }
                if n == 0 { break }
                count += n
            }
        }
        if let failure { throw failure }
        guard bytes.count > size else { return bytes }
        // The file grew while it was read: go on in chunks, still counting against the limit.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if bytes.count > limit { throw .tooLarge(bytes.count) }
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { return bytes }
            bytes += chunk[0..<n]
        }
    }

    /// Streams a regular file in chunks to `body`, refusing files over `limit` bytes.
    /// `expecting` learns the size before the first chunk. The size is checked before reading
    /// and the bytes are counted while reading, in case the file grows.
    package static func stream(
        _ path: String, limit: Int, chunk: Int = 1 << 20, expecting: (Int) -> Void = { _ in },
        _ body: (UnsafeRawBufferPointer) -> Void
    ) throws(ReadError) {
        let (fd, size) = try openRegular(path, limit: limit)
        defer { close(fd) }
        expecting(size)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, chunk)
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            total += n
            if total > limit { throw .tooLarge(total) }
            body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// Opens a regular file for reading and returns its descriptor and size, refusing files
    /// over `limit` bytes.
    ///
    /// Anything but a regular file is refused before it is opened, and the open itself never
    /// waits: opening a named pipe for reading blocks until a writer comes, and a device may
    /// block or never end. `O_NONBLOCK` covers a file swapped for a pipe between the check and
    /// the open; the opened descriptor is checked again with `fstat`.
    private static func openRegular(_ path: String, limit: Int) throws(ReadError) -> (fd: Int32, size: Int) {
        var before = stat()
        if stat(path, &before) == 0, (before.st_mode & S_IFMT) != S_IFREG { throw .notRegular(notRegular(before.st_mode)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            if errno == ENOENT { throw .missing }
            throw .unreadable(String(cString: strerror(errno)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .unreadable(reason)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .notRegular(notRegular(info.st_mode))
        }
        guard Int(info.st_size) <= limit else {
            close(fd)
            throw .tooLarge(Int(info.st_size))
        }
        return (fd, Int(info.st_size))
    }

    /// What a file that is not a regular file is, in words, for the messages that refuse it.
    package static func notRegular(_ mode: mode_t) -> LocalisedText {
        switch mode & S_IFMT {
        case S_IFIFO:
            return LocalisedText(
                da: "den er et navngivet rør (named pipe), ikke en almindelig fil",
                en: "it is a named pipe, not a regular file")
        case S_IFSOCK:
            return LocalisedText(da: "den er en socket, ikke en almindelig fil", en: "it is a socket, not a regular file")
        case S_IFCHR, S_IFBLK:
            return LocalisedText(da: "den er en enhed, ikke en almindelig fil", en: "it is a device, not a regular file")
        case S_IFDIR:
            return LocalisedText(da: "den er en mappe, ikke en almindelig fil", en: "it is a folder, not a regular file")
        default: return LocalisedText(da: "den er ikke en almindelig fil", en: "it is not a regular file")
        }
    }

    /// Regular files under `directory` whose names end in `suffix`, sorted, skipping folders
    /// named in `skipping` and never following symlinked folders.
    package static func files(under directory: String, suffix: String, skipping: Set<String>) -> [String] {
        var result: [String] = []
        var pending = [directory]
        while let dir = pending.popLast() {
            guard let handle = opendir(dir) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name.hasPrefix(".") { continue }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                switch kind(of: path) {
                case .directory where !skipping.contains(name): pending.append(path)
                case .file where name.hasSuffix(suffix): result.append(path)
                default: break
                }
            }
        }
        return result.sorted()
    }
}
