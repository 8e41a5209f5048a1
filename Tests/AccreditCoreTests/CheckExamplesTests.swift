import AccreditTestSupport
import Foundation
import Testing

@testable import AccreditCore

/// Every example of every registered check kind gives the outcome it states, in a catalogue
/// of its own: a standard with the one requirement `x.1` and a rule of the kind verifying it.
struct CheckExamplesTests {
    /// Kind id and example index, so a failure names the example.
    static let cases: [ExampleCase] = CheckRegistry.kinds.flatMap { kind in
        kind.examples.indices.map { ExampleCase(kind: kind.kind, index: $0) }
    }

    struct ExampleCase: Sendable, CustomTestStringConvertible {
        var kind: CheckKind
        var index: Int
        var example: CheckExample { CheckRegistry.check(for: kind)!.examples[index] }
        var testDescription: String { "\(kind.rawValue): \(example.title)" }
    }

    @Test(arguments: cases)
    func exampleGivesItsOutcome(_ item: ExampleCase) throws {
        let example = item.example
        let catalogue = try Self.catalogue(item.kind, example)
        var package = PackageBuilder(entries: example.entries, files: example.files)
        package.claims = [#"<claim standard="example" version="1"/>"#]
        let result = try evaluate(package, with: catalogue).requirement("x.1")
        #expect(result.status == Self.status(example.outcome), "\(result.findings.map { $0.message.text(.en) })")
        #expect(result.findings.map(\.code) == example.codes)
    }

    /// Every registered kind shows at least one use that passes and one that does not.
    @Test func everyKindHasPassingAndFailingExamples() {
        for kind in CheckRegistry.kinds {
            let outcomes = kind.examples.map(\.outcome)
            let id = kind.kind.rawValue
            #expect(outcomes.contains(.pass), "\(id)")
            #expect(outcomes.contains { $0 != .pass }, "\(id)")
        }
    }

    static func status(_ outcome: CheckOutcome.Result) -> RequirementStatus {
        switch outcome {
        case .pass: .met
        case .partial: .partiallyMet
        case .fail: .notMet
        case .error: .error
        case .notAssessed: .notAssessed
        }
    }

    /// The example's standard and rule file, loaded as any catalogue is.
    static func catalogue(_ kind: CheckKind, _ example: CheckExample) throws -> Catalogue {
        let folder = try TemporaryFolder("check-example")
        let scaleAttribute = example.scale == nil ? "" : #" scale="s""#
        try folder.write(
            "example.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <standard xmlns="urn:accredit:standard" formatVersion="1" id="example" version="1" level="concern"\(scaleAttribute)>
              <title xml:lang="da">Eksempel</title><title xml:lang="en">Example</title>
              \(example.scale ?? "")
              <group id="x" theme="leadership">
                <title xml:lang="da">Eksempel</title><title xml:lang="en">Example</title>
                <requirement id="x.1"><title xml:lang="da">Krav</title><title xml:lang="en">Requirement</title></requirement>
              </group>
            </standard>
            """)
        let parameters = example.parameters.sorted { $0.key < $1.key }
            .map { #"<param name="\#($0.key)">\#(escaped($0.value))</param>"# }.joined()
        try folder.write(
            "example.rules.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rules xmlns="urn:accredit:rules" formatVersion="1" id="example-rules" version="1" standard="example">
              <title xml:lang="da">Eksempel</title><title xml:lang="en">Example</title>
              <policy ready="1" readyWithRemarks="0.5"/>
              <rule id="example" check="\(kind.rawValue)">
                <title xml:lang="da">Eksempel</title><title xml:lang="en">Example</title>\(parameters)
              </rule>
              <verify requirement="x.1"><use rule="example"/></verify>
            </rules>
            """)
        return try CatalogueLoader().load([folder.path])
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
