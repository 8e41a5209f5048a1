import AccreditCore
import AccreditTestSupport
import Testing

/// A finding's fingerprint names what it is about, so it survives a new layout of the manifest
/// and differs between subjects.
struct FindingFingerprintTests {
    let catalogue: Catalogue
    init() throws { catalogue = try Fixtures.miniCatalogue() }

    private func fingerprints(_ builder: PackageBuilder, _ id: String = "c.2") throws -> [FindingFingerprint] {
        try evaluate(builder, with: catalogue).requirement(id).fingerprints
    }

    @Test func aManifestLaidOutDifferentlyGivesTheSameFingerprints() throws {
        let stale = #"<evidence id="E1" requirements="c.2" kind="policy" path="docs/p.txt" issued="2025-02-28"/>"#
        let compact = PackageBuilder(entries: [stale], files: ["docs/p.txt": "x"])
        var spread = compact
        spread.entries = ["<!-- a comment -->", "", stale.replacingOccurrences(of: " ", with: "\n    ")]
        let before = try evaluate(compact, with: catalogue).requirement("c.2")
        let after = try evaluate(spread, with: catalogue).requirement("c.2")
        #expect(before.findings.map(\.location.line) != after.findings.map(\.location.line))
        #expect(before.fingerprints == after.fingerprints)
        #expect(before.findings.map(\.subject) == ["evidence:E1"])
    }

    @Test func differentSubjectsGiveDifferentFingerprints() throws {
        let one = try fingerprints(
            PackageBuilder(
                entries: [#"<evidence id="E1" requirements="c.2" kind="policy" path="docs/p.txt" issued="2025-02-28"/>"#],
                files: ["docs/p.txt": "x"]))
        let other = try fingerprints(
            PackageBuilder(
                entries: [#"<evidence id="E2" requirements="c.2" kind="policy" path="docs/p.txt" issued="2025-02-28"/>"#],
                files: ["docs/p.txt": "x"]))
        #expect(one.count == 1 && other.count == 1)
        #expect(one != other)
    }

    @Test func theFingerprintIgnoresWordingLocationAndLanguage() {
        let location = SourceLocation(file: "manifest.xml", line: 3)
        let finding = Finding(
            "evidence.stale", .gap, LocalisedText(da: "gammel", en: "old"), at: location, rule: "r", subject: "evidence:E1")
        var reworded = finding
        reworded.message = LocalisedText(da: "for gammel", en: "too old")
        reworded.location = SourceLocation(file: "other.xml", line: 40)
        var otherRule = finding
        otherRule.rule = "s"
        let base = FindingFingerprint(standard: "s", requirement: "c.2", finding: finding)
        #expect(base == FindingFingerprint(standard: "s", requirement: "c.2", finding: reworded))
        #expect(base != FindingFingerprint(standard: "s", requirement: "c.2", finding: otherRule))
        #expect(base != FindingFingerprint(standard: "s", requirement: "c.3", finding: finding))
        #expect(base.value.count == 32)
        #expect(base.value.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test func repeatedFindingsOfOneRequirementAreToldApartByOrder() {
        let location = SourceLocation(file: "manifest.xml", line: 3)
        let finding = Finding("evidence.none", .gap, LocalisedText(da: "x", en: "x"), at: location, rule: "r")
        let prints = FindingFingerprint.all(standard: "s", requirement: "c.2", findings: [finding, finding])
        #expect(prints.count == 2)
        #expect(prints[0] != prints[1])
        #expect(prints[0] == FindingFingerprint(standard: "s", requirement: "c.2", finding: finding))
    }

    /// The recipe is fixed: SHA-256 of the parts joined by unit separators, its first 16 bytes
    /// in hexadecimal (values computed with `sha256sum`). A change here changes every
    /// fingerprint in every stored report and baseline.
    @Test func theRecipeGivesTheValuesItAlwaysGave() {
        let location = SourceLocation(file: "manifest.xml", line: 3)
        let stale = Finding(
            "evidence.stale", .gap, LocalisedText(da: "gammel", en: "old"), at: location, rule: "r", subject: "evidence:E1")
        #expect(FindingFingerprint(standard: "s", requirement: "c.2", finding: stale).value == "2125bc7613b8bb9dde94b91baa57d8a2")
        let none = Finding("evidence.none", .gap, LocalisedText(da: "x", en: "x"), at: location, rule: "r")
        let prints = FindingFingerprint.all(standard: "s", requirement: "c.2", findings: [none, stale, none])
        #expect(
            prints.map(\.value) == [
                "ba4c079be3b48c59a7344402ec45b2cf", "2125bc7613b8bb9dde94b91baa57d8a2", "b676844f6ef18527dafb28e194d08b0d",
            ])
    }
}
