import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an evidence path written in a manifest leads, judged without trusting it: absolute
/// paths, `..`, URLs and symlinks that leave the package are refused; nothing outside the
/// package folder is ever opened.
enum PackagePath {
    enum Resolution: Equatable {
        /// A regular file inside the package, at this on-disk path.
        case file(String)
        /// Nothing (or no regular file) there.
        case missing
        /// The path leaves the package; the reason in words.
        case escapes(LocalisedText)
        /// A named pipe, socket or device: opening it could block the check forever.
        case notRegular(LocalisedText)
    }

    /// Checks the text of `path` alone.
    static func syntaxProblem(_ path: String) -> LocalisedText? {
        if path.isEmpty {
            return LocalisedText(da: "stien er tom", en: "the path is empty")
        }
        if path.hasPrefix("/") || path.hasPrefix("~") {
            return LocalisedText(da: "stien \"\(path)\" er absolut", en: "the path \"\(path)\" is absolute")
        }
        if path.contains("\\") || path.utf8.contains(0) {
            return LocalisedText(
                da: "stien \"\(path)\" indeholder ugyldige tegn", en: "the path \"\(path)\" contains invalid characters")
        }
        if let colon = path.firstIndex(of: ":"), path[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }) {
            return LocalisedText(da: "stien \"\(path)\" er en URL", en: "the path \"\(path)\" is a URL")
        }
        if path.split(separator: "/").contains("..") {
            return LocalisedText(
                da: "stien \"\(path)\" går ud af pakken med ..", en: "the path \"\(path)\" leaves the package with ..")
        }
        return nil
    }

    /// Resolves `path` against the package folder whose canonical path is `canonicalRoot`.
    ///
    /// A name with letters like æøå can be written precomposed (NFC, as most systems and
    /// editors write it) or decomposed (NFD, as macOS names files), and the two are different
    /// bytes to the file system. The path is tried as written, then in the other forms.
    ///
    /// A regular file with other hard links is refused unless `allowHardLinks`: a hard link
    /// can reach a file outside the package that no canonical path reveals.
    static func resolve(_ path: String, canonicalRoot: String, allowHardLinks: Bool = false) -> Resolution {
        if let problem = syntaxProblem(path) { return .escapes(problem) }
        let prefix = canonicalRoot.hasSuffix("/") ? canonicalRoot : canonicalRoot + "/"
        var found = FileAccess.canonical(prefix + path)
        if found == nil, !path.utf8.allSatisfy({ $0 < 0x80 }) {
            for spelling in [path.precomposedStringWithCanonicalMapping, path.decomposedStringWithCanonicalMapping]
            where !spelling.utf8.elementsEqual(path.utf8) {
                found = FileAccess.canonical(prefix + spelling)
                if found != nil { break }
            }
        }
        guard let canonical = found else { return .missing }
        guard canonical.hasPrefix(canonicalRoot + "/") else {
            return .escapes(
                LocalisedText(
                    da: "stien \"\(path)\" peger via et symbolsk link ud af pakken",
                    en: "the path \"\(path)\" points out of the package through a symbolic link"))
        }
        var info = stat()
        guard stat(canonical, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG where info.st_nlink > 1 && !allowHardLinks:
            return .notRegular(
                LocalisedText(
                    da: "den har \(info.st_nlink) hårde links, og et hårdt link kan pege ud af pakken",
                    en: "it has \(info.st_nlink) hard links, and a hard link can lead out of the package"))
        case S_IFREG: return .file(canonical)
        case S_IFDIR: return .missing
        default: return .notRegular(FileAccess.notRegular(info.st_mode))
        }
    }
}
