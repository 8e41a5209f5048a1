import AccreditTestSupport
import Foundation
import Testing

/// A disk that fills up while a report is written leaves neither a partial report nor a
/// temporary file beside it: the tool exits 2 and names the file it could not write. A full
/// disk is made with the file size limit (`prlimit --fsize`, RLIMIT_FSIZE), under which a write
/// past the limit fails with EFBIG; by default the kernel also sends SIGXFSZ, which ends a
/// process that does not ignore it, as a user's `ulimit -f` would.
struct ReportWriteFailureTests {
    /// Runs `accredit check` with a file size limit of `bytes`; the SIGXFSZ signal keeps its
    /// default action unless `ignoringSignal` (`env` sets either, whatever this process does).
    private func check(limit bytes: Int, ignoringSignal: Bool, _ arguments: [String]) throws -> CommandResult {
        let signal = ignoringSignal ? "--ignore-signal=XFSZ" : "--default-signal=XFSZ"
        return try CommandRunner.run(
            "/usr/bin/env", [signal, "prlimit", "--fsize=\(bytes)", CommandRunner.accredit, "check"] + arguments)
    }

    @Test(arguments: [false, true])
    func reportOverTheFileSizeLimitLeavesNothingBehind(ignoringSignal: Bool) throws {
        let folder = try TemporaryFolder("write-failure")
        let json = folder.path + "/report.json"
        let html = folder.path + "/report.html"
        let result = try check(
            limit: 2_000, ignoringSignal: ignoringSignal,
            ["examples/not-ready-sundhed", "--lang", "en", "--report", "json:" + json, "--report", "html:" + html])
        #expect(result.status == 2, "exit \(result.status): \(result.stderr.prefix(400))")
        #expect(result.stderr.contains("cannot write \(json): "), "\(result.stderr.prefix(400))")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test func reportReplacingAnOldOneOnAFullDiskKeepsTheOldOne() throws {
        let folder = try TemporaryFolder("write-failure-old")
        let json = try folder.write("report.json", "{\"earlier\": true}\n")
        let result = try check(limit: 2_000, ignoringSignal: false, ["examples/not-ready-sundhed", "--lang", "en", "-o", json])
        #expect(result.status == 2, "exit \(result.status): \(result.stderr.prefix(400))")
        #expect(try String(contentsOfFile: json, encoding: .utf8) == "{\"earlier\": true}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test func fullDeviceIsNamedAsAFullDisk() throws {
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", "--lang", "en", "--report", "json:/dev/full",
        ])
        #expect(result.status == 2, "exit \(result.status): \(result.stderr.prefix(400))")
        #expect(result.stderr.contains("cannot write /dev/full: "), "\(result.stderr.prefix(400))")
        #expect(result.stderr.contains("no space left"), "\(result.stderr.prefix(400))")
    }

    /// An xlsx workbook libxlsxwriter cannot make (here: its temporary folder does not exist)
    /// is a failed write, named as such, and leaves no empty file.
    @Test func aWorkbookThatCannotBeMadeIsAFailedWrite() throws {
        let folder = try TemporaryFolder("write-failure-xlsx")
        let xlsx = folder.path + "/report.xlsx"
        let result = try CommandRunner.accredit(
            ["check", "examples/ready-hjemmepleje", "--lang", "en", "--report", "xlsx:" + xlsx],
            environment: ["TMPDIR": folder.path + "/no-such-folder"])
        #expect(result.status == 2, "exit \(result.status): \(result.stderr.prefix(400))")
        #expect(result.stderr.contains("cannot write \(xlsx): the workbook could not be made"), "\(result.stderr.prefix(400))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
