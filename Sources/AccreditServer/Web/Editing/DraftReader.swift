import AccreditCore
import Dispatch
import Foundation

/// Reads package zips for the editor with the core, exactly as a check reads them: the
/// manifest's content and the report come from `PackageCheck.checkKeepingContents`, so the
/// editor never accepts a package that `accredit check` would refuse, and the files come from
/// the same bytes (`DraftArchive`). Reading takes one of the server's check slots, like a run.
struct DraftReader: Sendable {
    let checker: RunChecker
    let slots: CheckSlots
    /// The most a draft may unpack to in memory.
    let limit: Int

    init(server: ServerEnvironment) {
        checker = server.checker
        slots = server.slots
        limit = max(server.settings.maxUploadBytes, 1 << 20) * 4
    }

    /// A package the core read, with its report.
    struct Read: Sendable {
        var draft: DraftPackage
        var report: Report
    }

    enum Problem: Error {
        /// What the core or the archive reader said, in both languages.
        case refused([LocalisedText])
    }

    /// Reads `zip`, off the caller's thread (a check is CPU work).
    func read(_ zip: [UInt8], name: String) async -> Result<Read, Problem> {
        let checker = checker
        let limit = limit
        await slots.wait()
        defer { Task { await slots.signal() } }
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Self.readNow(zip, name: name, checker: checker, limit: limit))
            }
        }
    }

    private static func readNow(_ zip: [UInt8], name: String, checker: RunChecker, limit: Int) -> Result<Read, Problem> {
        let check = PackageCheck(
            catalogue: checker.catalogue, options: CheckOptions(limits: checker.limits, timeout: checker.timeout))
        switch check.checkKeepingContents(.zipData(zip, name: name)) {
        case .failure(let failure):
            return .failure(
                .refused(
                    failure.errors.map { error in
                        LocalisedText(da: error.text(.da), en: error.text(.en))
                    }))
        case .success(let checked):
            do throws(DraftArchive.Refusal) {
                let files = try DraftArchive.files(zip, limit: limit, maxEntries: checker.limits.maxArchiveEntries)
                return .success(Read(draft: DraftPackage(checked.contents, files: files), report: checked.report))
            } catch {
                return .failure(.refused([error.message]))
            }
        }
    }
}
