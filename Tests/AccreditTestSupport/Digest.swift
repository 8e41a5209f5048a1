import Foundation

/// SHA-256 computed by an independent implementation (the system's `sha256sum`), so tests do
/// not check accredit's hashing against itself.
public enum Digest {
    public static func sha256(of text: String) throws -> String {
        let folder = try TemporaryFolder("digest")
        let file = try folder.write("input", text)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }
}
