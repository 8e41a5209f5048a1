import Crypto
import Foundation

/// A generated input: a folder of standard and rule files, and a package folder checked against it.
struct Input: Sendable {
    var rules: String
    var package: String
}

/// Finds or makes the benchmark inputs under the repository's bench-out/ (ignored by git), so
/// that the benchmarks and scripts/bench/run.sh measure the very same files.
enum Inputs {
    /// The repository root: the first folder above the working directory, or else above this
    /// source file, that holds the generator. The working directory depends on how the benchmarks
    /// are started (the plugin, or the binary by hand); the source path holds for a local build.
    static let root: String = {
        let marker = "scripts/bench/generate.py"
        let starts = [FileManager.default.currentDirectoryPath, URL(fileURLWithPath: #filePath).deletingLastPathComponent().path]
        for start in starts {
            var folder = URL(fileURLWithPath: start)
            while folder.path != "/" {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent(marker).path) { return folder.path }
                folder.deleteLastPathComponent()
            }
        }
        fatalError("cannot find the repository root (a folder holding \(marker)) above \(starts)")
    }()

    /// The synthetic package with `n` requirements from scripts/bench/generate.py, generated
    /// the first time it is asked for.
    static func synthetic(_ n: Int) throws -> Input {
        let folder = "\(root)/bench-out/n\(n)"
        try make(folder) { scratch in try run(["python3", "\(root)/scripts/bench/generate.py", String(n), scratch]) }
        return Input(rules: folder + "/rules", package: folder + "/package")
    }

    /// A package whose only rule checks `files` evidence files of `size` bytes, each with its
    /// SHA-256 declared: evaluating it hashes every byte once, and does little else. It stands
    /// in for a hashing API, which AccreditCore does not make public.
    static func hashing(files: Int = 16, size: Int = 4 << 20) throws -> Input {
        let folder = "\(root)/bench-out/hashing-\(files)x\(size >> 20)m"
        try make(folder) { scratch in try writeHashingPackage(to: scratch, files: files, size: size) }
        return Input(rules: folder + "/rules", package: folder + "/package")
    }

    /// Creates `folder` with `generate` unless it already holds a manifest. Generates into a
    /// scratch folder renamed at the end, so an interrupted run leaves no half input behind.
    private static func make(_ folder: String, generate: (String) throws -> Void) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder + "/package/manifest.xml") { return }
        let scratch = folder + ".partial"
        try? manager.removeItem(atPath: scratch)
        try manager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try generate(scratch)
        try? manager.removeItem(atPath: folder)
        try manager.moveItem(atPath: scratch, toPath: folder)
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(arguments) failed"])
        }
    }

    /// The same shape as scripts/bench/hashing.sh writes, smaller, so one evaluation is a fraction
    /// of a second. The bytes are pseudo-random but fixed, so every run hashes the same data.
    private static func writeHashingPackage(to folder: String, files: Int, size: Int) throws {
        try FileManager.default.createDirectory(atPath: folder + "/package/evidence", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/rules", withIntermediateDirectories: true)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var entries: [String] = []
        for i in 0..<files {
            var bytes = [UInt8](repeating: 0, count: size)
            bytes.withUnsafeMutableBytes { raw in
                for word in 0..<(size / 8) {  // xorshift64
                    state ^= state << 13; state ^= state >> 7; state ^= state << 17
                    raw.storeBytes(of: state, toByteOffset: word * 8, as: UInt64.self)
                }
            }
            try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/package/evidence/file\(i).bin"))
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            entries.append(#"  <evidence id="E\#(i)" requirements="h.1" kind="doc" path="evidence/file\#(i).bin" issued="2025-06-01" sha256="\#(digest)"/>"#)
        }
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="urn:accredit:package" formatVersion="1">
          <organisation name="Hash"/>
          <unit id="h" name="Hash"/>
          <assessment date="2026-03-01" periodStart="2025-01-01" periodEnd="2025-12-31"/>
          <claim standard="hash" version="1"/>
        \(entries.joined(separator: "\n"))
        </package>

        """.write(toFile: folder + "/package/manifest.xml", atomically: true, encoding: .utf8)
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <standard xmlns="urn:accredit:standard" formatVersion="1" id="hash" version="1" level="sector">
          <title xml:lang="en">Hash</title>
          <group id="g"><title xml:lang="en">G</title>
            <requirement id="h.1"><title xml:lang="en">All evidence intact</title></requirement>
          </group>
        </standard>

        """.write(toFile: folder + "/rules/hash.xml", atomically: true, encoding: .utf8)
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <rules xmlns="urn:accredit:rules" formatVersion="1" id="hash-rules" version="1" standard="hash">
          <title xml:lang="en">Hash</title>
          <rule id="docs" check="evidence"><title xml:lang="en">Docs</title><param name="kind">doc</param><param name="min">\(files)</param></rule>
          <verify requirement="h.1"><use rule="docs"/></verify>
        </rules>

        """.write(toFile: folder + "/rules/hash.rules.xml", atomically: true, encoding: .utf8)
    }
}
