import AccreditCore
import Testing

/// Findings and requirement results keep their fields behind a reference; they must still
/// behave, and print, as the plain values they were.
struct FindingValueTests {
    private let finding = Finding(
        "evidence.none", .gap, LocalisedText(da: "mangler", en: "missing"), at: SourceLocation(file: "m.xml", line: 3),
        rule: "r", subject: "evidence:e1")

    @Test func settingAFieldChangesThatCopyAndThatFieldOnly() {
        var copy = finding
        copy.rule = nil
        copy.location.line = 9
        #expect(copy.rule == nil)
        #expect(copy.location == SourceLocation(file: "m.xml", line: 9))
        #expect(copy.code == "evidence.none" && copy.subject == "evidence:e1" && copy.kind == .gap)
        #expect(finding.rule == "r" && finding.location.line == 3)
        #expect(copy != finding)
        copy.rule = "r"
        copy.location.line = 3
        #expect(copy == finding)
        #expect(copy.hashValue == finding.hashValue)
    }

    @Test func aFindingPrintsItsFields() {
        let text = String(describing: finding)
        #expect(text.hasPrefix(#"Finding(code: "evidence.none", kind: "#))
        #expect(text.contains(#"rule: Optional("r")"#))
        #expect(text.contains(#"subject: Optional("evidence:e1")"#))
    }
}
