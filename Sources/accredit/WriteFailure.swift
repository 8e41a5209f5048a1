import AccreditCore
import Foundation

/// Why a report file could not be written, in the user's language: the file, and the reason
/// found by looking at the file system (a folder in the way, a missing permission, a read-only
/// disk, a full disk), not the raw text of the error the system or Foundation gave.
struct WriteFailure {
    let path: String
    let error: any Error

    var message: LocalisedText {
        let reason = self.reason
        return LocalisedText(
            da: "kan ikke skrive \(path): \(reason.da ?? "")",
            en: "cannot write \(path): \(reason.en ?? "")")
    }

    /// The reason, from the file system where it tells, else from the error's POSIX code.
    var reason: LocalisedText {
        if error is UnmadeBinaryReport {
            return LocalisedText(
                da: "regnearket kunne ikke dannes (ingen midlertidig mappe, eller disken er fuld)",
                en: "the workbook could not be made (no temporary folder, or the disk is full)")
        }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return LocalisedText(da: "det er en mappe; angiv et filnavn", en: "it is a folder; name a file")
        }
        // The nearest folder that exists on the way to the file, and what is in the way.
        var folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        while !manager.fileExists(atPath: folder.path, isDirectory: &isFolder) && folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        if !isFolder.boolValue {
            return LocalisedText(
                da: "\(folder.path) er en fil, ikke en mappe", en: "\(folder.path) is a file, not a folder")
        }
        if access(folder.path, W_OK) != 0 {
            if errno == EROFS {
                return LocalisedText(
                    da: "mappen \(folder.path) ligger på et skrivebeskyttet filsystem",
                    en: "the folder \(folder.path) is on a read-only file system")
            }
            return LocalisedText(
                da: "du har ikke tilladelse til at skrive i mappen \(folder.path)",
                en: "you have no permission to write in the folder \(folder.path)")
        }
        return Self.reason(errno: posixCode ?? 0, fallback: "\((error as? CustomStringConvertible)?.description ?? "")")
    }

    /// The POSIX code behind a Foundation error, if it carries one.
    private var posixCode: Int32? {
        let error = self.error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return nil
    }

    static func reason(errno code: Int32, fallback: String) -> LocalisedText {
        switch code {
        case ENOSPC, EDQUOT: return LocalisedText(da: "der er ikke plads på disken", en: "there is no space left on the disk")
        case EROFS: return LocalisedText(da: "filsystemet er skrivebeskyttet", en: "the file system is read-only")
        case EACCES, EPERM: return LocalisedText(da: "adgang nægtet", en: "permission denied")
        case ENAMETOOLONG: return LocalisedText(da: "navnet er for langt", en: "the name is too long")
        case EFBIG:
            return LocalisedText(
                da: "filen ville blive større end den tilladte filstørrelse", en: "the file would exceed the allowed file size")
        default: return LocalisedText(da: fallback, en: fallback)
        }
    }
}
