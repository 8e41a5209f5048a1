import AccreditCore

extension SARIFLog {
    /// The base of paths relative to the folder accredit ran in (in CI, the repository's
    /// root): GitHub and other viewers resolve `%SRCROOT%` to the checked-out sources.
    static let sourceRoot = "%SRCROOT%"
    /// The base of paths inside a zip package: the root of the archive.
    static let packageRoot = "PACKAGE"

    /// The log with every location made resolvable: a file inside a zip package relative to
    /// the archive's root, with `uriBaseId` `PACKAGE`; any other relative path with
    /// `%SRCROOT%`; both bases described in `originalUriBaseIds`. Absolute paths stay
    /// `file:` URIs, which need no base.
    /// A location as a SARIF `location` built in memory (for the logs of authoring commands and
    /// of packages that could not be evaluated): a relative path against `%SRCROOT%`, the line
    /// when there is one.
    static func location(_ location: SourceLocation) -> JSONValue {
        let uri = Escape.uri(path: location.file)
        var artifact: [String: JSONValue] = ["uri": .string(uri)]
        if !uri.hasPrefix("file:") { artifact["uriBaseId"] = .string(sourceRoot) }
        var physical: [String: JSONValue] = ["artifactLocation": .object(artifact)]
        if location.line > 0 { physical["region"] = .object(["startLine": .int(location.line)]) }
        return .object(["physicalLocation": .object(physical)])
    }

    /// The description of `%SRCROOT%` in `originalUriBaseIds`.
    static func sourceRootDescription(_ l: Language) -> String {
        l == .da
            ? "Mappen accredit blev kørt i (i CI: repositoriets rod)."
            : "The folder accredit ran in (in CI, the repository's root)."
    }

    func relocated(package: String, language l: Language) -> SARIFLog {
        let archive = package.lowercased().hasSuffix(".zip") ? Escape.uri(path: package) + "/" : nil
        var log = self
        for runIndex in log.runs.indices {
            var usedPackage = false
            var usedSource = false
            func relocate(_ location: inout SARIFLog.Location) {
                var artifact = location.physicalLocation.artifactLocation
                if let archive, artifact.uri.hasPrefix(archive) {
                    artifact.uri.removeFirst(archive.count)
                    artifact.uriBaseId = Self.packageRoot
                    usedPackage = true
                } else if !artifact.uri.hasPrefix("file:") {
                    artifact.uriBaseId = Self.sourceRoot
                    usedSource = true
                }
                location.physicalLocation.artifactLocation = artifact
            }
            for resultIndex in log.runs[runIndex].results.indices {
                for index in log.runs[runIndex].results[resultIndex].locations.indices {
                    relocate(&log.runs[runIndex].results[resultIndex].locations[index])
                }
                for index in log.runs[runIndex].results[resultIndex].relatedLocations.indices {
                    relocate(&log.runs[runIndex].results[resultIndex].relatedLocations[index])
                }
            }
            if usedSource {
                log.runs[runIndex].originalUriBaseIds[Self.sourceRoot] = BaseURI(
                    uri: nil, uriBaseId: nil,
                    description: Self.sourceRootDescription(l))
            }
            if usedPackage {
                log.runs[runIndex].originalUriBaseIds[Self.packageRoot] = BaseURI(
                    uri: nil, uriBaseId: nil,
                    description: l == .da
                        ? "Roden i zip-arkivet \(package): pak det ud for at åbne filerne."
                        : "The root inside the zip archive \(package): extract it to open these files.")
            }
        }
        return log
    }
}
