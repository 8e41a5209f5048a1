import AccreditCore
import Foundation

// The front door: each input becomes a package, a folder holding manifest.xml and evidence
// files, which is checked with `PackageCheck` against the shipped standards and rules, with the
// command line's default limits and timeout, as `accredit check` does; then the same files are
// zipped and the zip is checked the same way. After each check no temporary folder may be left
// registered and no file descriptor may be left open on them.
//
// An input is the manifest, then any number of evidence files, each introduced by a line
// `--8<-- path` (at most 48 files; the path is cut down to a relative one of safe letters):
//
//     <package xmlns="urn:accredit:package" …>…</package>
//     --8<-- evidence/policy.md
//     the evidence file's bytes

/// The shipped standards and rules (run.sh runs this from `Fuzz/`), or `ACCREDIT_RULES`.
nonisolated(unsafe) let shipped = PackageCheck(
    catalogue: try! CatalogueLoader().load(DefaultRuleFolders.find() ?? ["../Standards", "../Rules"]),
    options: CheckOptions(limits: PackageLimits(), timeout: 60))
let folder = NSTemporaryDirectory() + "accredit-fuzz-package-\(getpid())"
let separator = Array("\n--8<-- ".utf8)
/// `ACCREDIT_FUZZ_SHOW=1` prints each input's two results, to see that the seeds reach a verdict.
let show = ProcessInfo.processInfo.environment["ACCREDIT_FUZZ_SHOW"] == "1"

func summary(_ result: Result<Report, CheckFailure>) -> String {
    switch result {
    case .success(let report): return "\(report.verdict.decision), \(report.requirements.count) requirements"
    case .failure(let failure): return failure.errors.first.map { "\($0)" } ?? "failure"
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let files = split(input)
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var written: [(String, [UInt8])] = []
    for (path, bytes) in files {
        let full = folder + "/" + path
        try? FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: full),
            FileManager.default.createFile(atPath: full, contents: Data(bytes))
        {
            written.append((path, bytes))
        }
    }
    let results = [shipped.check(.folder(folder)), shipped.check(.zipData(Zip.stored(written), name: "fuzz.zip"))]
    if show { print(results.map(summary).joined(separator: " | ")) }
    guard TemporaryPaths.live.isEmpty else { fatalError("temporary paths left behind: \(TemporaryPaths.live)") }
    let open = packageDescriptors()
    guard open.isEmpty else { fatalError("file descriptors left open: \(open)") }
    return 0
}

/// The manifest and the evidence files of an input, by path.
func split(_ input: [UInt8]) -> [(String, [UInt8])] {
    var parts: [[UInt8]] = []
    var start = 0
    var index = 0
    while index + separator.count <= input.count {
        if input[index..<index + separator.count].elementsEqual(separator) {
            parts.append(Array(input[start..<index]))
            index += separator.count
            start = index
        } else {
            index += 1
        }
    }
    parts.append(Array(input[start...]))
    var files = [(PackageLoader.manifestName, parts[0])]
    for part in parts.dropFirst().prefix(48) {
        let line = part.firstIndex(of: UInt8(ascii: "\n")) ?? part.endIndex
        let path = safePath(part[..<line])
        guard !path.isEmpty, path != PackageLoader.manifestName else { continue }
        files.append((path, Array(part[min(line + 1, part.endIndex)...])))
    }
    return files
}

/// `name` as a relative path of at most four parts of letters, digits and `._-` (others become
/// `_`), without `.` and `..` parts, so that nothing is written outside the package folder.
func safePath(_ name: ArraySlice<UInt8>) -> String {
    let parts = String(decoding: name, as: UTF8.self).split(separator: "/").filter { $0 != "." && $0 != ".." }
    return parts.prefix(4).map { part in
        String(
            part.prefix(64).map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
    }.joined(separator: "/")
}

/// What this process's open file descriptors lead to inside a package folder or an
/// extracted archive (`accredit-…` folders of the temporary folder); libdispatch's and
/// libFuzzer's own descriptors are not counted.
func packageDescriptors() -> [String] {
    let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    return fds.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0) }
        .filter { $0.contains("/accredit-") }
}

/// A zip of stored (uncompressed) entries with UTF-8 names, as small as the format allows.
enum Zip {
    static func stored(_ files: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for (name, bytes) in files {
            let offset = UInt32(out.count)
            let crc = crc32(bytes)
            let nameBytes = Array(name.utf8)
            var common: [UInt8] = []
            common += le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)  // version, UTF-8, stored, time, date
            common += le32(crc) + le32(UInt32(bytes.count)) + le32(UInt32(bytes.count)) + le16(UInt16(nameBytes.count))
            common += le16(0)  // extra field length
            out += le32(0x0403_4b50) + common + nameBytes + bytes
            central += le32(0x0201_4b50) + le16(0x031e) + common + le16(0) + le16(0) + le16(0)
            central += le32(0o100644 << 16) + le32(offset) + nameBytes
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(files.count)) + le16(UInt16(files.count))
        out += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return out
    }

    static let table: [UInt32] = (0..<256).map { n in
        (0..<8).reduce(UInt32(n)) { c, _ in c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { table[Int(($0 ^ UInt32($1)) & 0xff)] ^ ($0 >> 8) }
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xff), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xff) } }
}
