import Foundation

/// Writes a test package: a manifest with the given entries around a valid header, and files.
public struct PackageBuilder {
    public var organisation = "Testby Kommune"
    public var unit = #"<unit id="test" name="Testenheden" level="sector"/>"#
    public var assessment = #"<assessment date="2026-03-01" periodStart="2025-01-01" periodEnd="2025-12-31"/>"#
    public var claims = [#"<claim standard="mini-concern" version="1"/>"#, #"<claim standard="mini-sector" version="2"/>"#]
    public var entries: [String] = []
    public var files: [String: String] = [:]

    public init(entries: [String] = [], files: [String: String] = [:]) {
        self.entries = entries
        self.files = files
    }

    /// The manifest text, one element per line: with two claims the entries start on line 8.
    public var manifest: String {
        ([
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<package xmlns="urn:accredit:package" formatVersion="1">"#,
            #"<organisation name="\#(organisation)"/>"#, unit, assessment,
        ] + claims + entries + ["</package>"])
        .joined(separator: "\n") + "\n"
    }

    /// Writes the package into a new temporary folder.
    public func write() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("accredit-package")
        try folder.write("manifest.xml", manifest)
        for (path, text) in files { try folder.write(path, text) }
        return folder
    }
}
