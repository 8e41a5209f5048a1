import AccreditTestSupport
import Foundation
import Testing

struct OverlapCommandTests {
    @Test func printsTheMatrixWithCoverageAndWhatTheSectorOwes() throws {
        let result = try CommandRunner.accredit(["overlap", "kik-caf2020", "ddkm-kommune-2013"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        // ddkm.1.4.2 is declared equal to kik.3.2: covered; ddkm.1.1.1 only intersects: partial.
        #expect(lines.contains { $0.hasPrefix("ddkm.1.4.2") && $0.contains("covered") && $0.contains("kik.3.2 (equal)") })
        #expect(
            lines.contains {
                $0.hasPrefix("ddkm.1.1.1") && $0.contains("partial") && $0.contains("kik.1.1 (intersects), kik.2.2 (intersects)")
            })
        #expect(result.stdout.contains("The sector still owes"))
        #expect(result.stdout.contains("Concern requirements with no counterpart in ddkm-kommune-2013"))
        let owes = try #require(result.stdout.components(separatedBy: "The sector still owes").last)
        let owedSection = owes.components(separatedBy: "\n\n").first ?? ""
        #expect(!owedSection.contains("ddkm.1.4.2"), "a covered requirement is not owed")
        #expect(owedSection.contains("ddkm.1.1.1"))
    }

    @Test func danishOutput() throws {
        let result = try CommandRunner.accredit(["overlap", "kik-caf2020", "aeldre-kvalitetsstandard", "--lang", "da"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Sektoren skylder selv (10)"))
    }

    @Test func wrongLevelsAreUsageErrors() throws {
        let swapped = try CommandRunner.accredit(["overlap", "ddkm-kommune-2013", "kik-caf2020"])
        #expect(swapped.status == 64)
        #expect(swapped.stderr.contains("not a loaded concern standard"))
        #expect(try CommandRunner.accredit(["overlap", "kik-caf2020"]).status == 64)
    }
}
