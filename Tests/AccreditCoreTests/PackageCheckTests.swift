import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

struct PackageCheckTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    final class Collected: @unchecked Sendable {
        var outcomes: [Int: BatchSummary] = [:]
        var calls = 0
    }

    /// 1,000 generated packages, every 97th broken in one of three ways: all are evaluated,
    /// the broken ones are reported as such, and none of the others is lost.
    @Test func thousandPackagesWithSomeBrokenOnesAreAllAccountedFor() throws {
        let root = try TemporaryFolder("batch")
        var paths: [String] = []
        for index in 0..<1_000 {
            let name = String(format: "enhed-%04d", index)
            var manifest = PackageBuilder(entries: [
                #"<evidence id="E" requirements="c.2" kind="policy" path="p.txt" issued="2025-06-01"/>"#
            ]).manifest
            if index % 97 == 0 {
                switch (index / 97) % 3 {
                case 0: manifest = String(manifest.dropLast(20))
                case 1: manifest = manifest.replacingOccurrences(of: "mini-concern", with: "ukendt")
                default: manifest = manifest.replacingOccurrences(of: "p.txt", with: "../p.txt")
                }
            }
            try root.write(name + "/manifest.xml", manifest)
            try root.write(name + "/p.txt", "x")
            paths.append(root.path + "/" + name)
        }
        #expect(PackageSource.packages(in: root.path) == paths.map(PackageSource.folder))
        let collected = Collected()
        let names = paths
        PackageCheck(catalogue: catalogue).checkAll(paths.map(PackageSource.folder)) { index, result in
            collected.calls += 1
            collected.outcomes[index] = BatchSummary(path: names[index], result: result)
        }
        #expect(collected.calls == 1_000)
        #expect(collected.outcomes.count == 1_000)
        let broken = collected.outcomes.filter { $0.value.couldNotEvaluate }.map(\.key).sorted()
        #expect(broken == Array(stride(from: 0, to: 1_000, by: 97)))
        #expect(
            collected.outcomes.values.filter { !$0.couldNotEvaluate }.allSatisfy { $0.unit == "Testenheden" && $0.assessable > 0 }
        )
    }

    @Test func summaryCarriesVerdictShareAndGaps() throws {
        let folder = try PackageBuilder(
            entries: [#"<evidence id="E" requirements="c.2" kind="policy" path="p.txt" issued="2025-06-01"/>"#],
            files: ["p.txt": "x"]
        ).write()
        let summary = BatchSummary(path: folder.path, result: PackageCheck(catalogue: catalogue).check(.folder(folder.path)))
        #expect(summary.decision == .notReady)
        #expect(summary.isNotReady)
        #expect(summary.topGaps.first == "c.1")
        #expect(summary.fulfilled >= 1)
    }
}
