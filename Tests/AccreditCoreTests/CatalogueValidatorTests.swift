import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

/// Broken rule and standard files are reported with the right file and line, never a crash.
/// Each test copies the mini catalogue and breaks one thing in it.
struct CatalogueValidatorTests {
    private func load(replacing old: String, with new: String, in file: String) throws -> [AccreditError] {
        let folder = try TemporaryFolder("catalogue")
        let source = Fixtures.path("Tests/Fixtures/mini")
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            var text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            if name == file {
                #expect(text.contains(old), "fixture \(file) no longer contains \(old)")
                text = text.replacingOccurrences(of: old, with: new)
            }
            try folder.write(name, text)
        }
        do {
            _ = try CatalogueLoader().load([folder.path])
            return []
        } catch {
            return error.errors
        }
    }

    private func line(of needle: String, in file: String) throws -> Int {
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/mini/\(file)"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(needle) }) + 1
    }

    @Test func theMiniCatalogueLoads() throws {
        let catalogue = try Fixtures.miniCatalogue()
        #expect(catalogue.standards.count == 2)
        #expect(catalogue.ruleSets.count == 3)
        #expect(catalogue.contentHash.count == 64)
    }

    @Test func danglingRuleReferenceIsLocated() throws {
        let errors = try load(
            replacing: #"<verify requirement="c.3"><use rule="doc"/>"#,
            with: #"<verify requirement="c.3"><use rule="nonexistent"/>"#, in: "mini-concern.rules.xml")
        let error = try #require(errors.first)
        #expect(error.location?.file.hasSuffix("mini-concern.rules.xml") == true)
        #expect(error.location?.line == (try line(of: #"requirement="c.3""#, in: "mini-concern.rules.xml")))
        #expect(error.message.text(.en).contains("nonexistent"))
    }

    @Test func layeringCycleIsReported() throws {
        let errors = try load(
            replacing: #"id="mini-lib" version="1""#, with: #"id="mini-lib" version="1" extends="mini-concern-rules""#,
            in: "mini.rules.xml")
        #expect(errors.contains { $0.message.text(.en).contains("cycle") })
    }

    @Test func brokenXPathIsLocated() throws {
        let errors = try load(replacing: "&lt; 10000</param>", with: "&lt; 10000 and (</param>", in: "mini-sector.rules.xml")
        let error = try #require(errors.first)
        #expect(error.message.text(.en).contains("does not compile"))
        #expect(error.location?.file.hasSuffix("mini-sector.rules.xml") == true)
    }

    @Test func parameterOfTheWrongTypeIsLocated() throws {
        let errors = try load(
            replacing: #"<param name="threshold">14</param>"#, with: #"<param name="threshold">fourteen</param>"#,
            in: "mini-sector.rules.xml")
        #expect(errors.contains { $0.message.text(.en).contains("must be a number") })
    }

    /// The schema checks only a kind's spelling; the loader refuses a kind it does not know,
    /// at the rule's line, and names those it knows.
    @Test func unknownCheckKindIsLocatedAndTheKnownAreListed() throws {
        let errors = try load(
            replacing: #"<rule id="wait" check="indicator">"#, with: #"<rule id="wait" check="regex">"#,
            in: "mini-sector.rules.xml")
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.kind == .unknownReference)
        #expect(error.location?.line == (try line(of: #"<rule id="wait""#, in: "mini-sector.rules.xml")))
        #expect(
            error.message.text(.en) == #"check kind "regex" is not known; the known kinds are "#
                + CheckKind.registered.map(\.rawValue).joined(separator: ", "))
    }

    @Test func unknownParameterIsReported() throws {
        let errors = try load(
            replacing: #"<param name="partialMin">31</param>"#, with: #"<param name="partialMinimum">31</param>"#,
            in: "mini.rules.xml")
        #expect(errors.contains { $0.message.text(.en).contains("has no parameter \"partialMinimum\"") })
    }

    @Test func requirementWithoutRuleOrManualMarkIsReported() throws {
        let errors = try load(
            replacing: #"<verify requirement="c.4"><use rule="doc"/></verify>"#, with: "", in: "mini-concern.rules.xml")
        let error = try #require(errors.first)
        #expect(error.message.text(.en).contains("c.4"))
        #expect(error.location?.line == (try line(of: #"id="c.4""#, in: "mini-concern.xml")))
    }

    @Test func relationToAnUnknownConcernRequirementIsReported() throws {
        let errors = try load(
            replacing: #"concern="c.4" type="intersects""#, with: #"concern="c.44" type="intersects""#,
            in: "mini-sector.xml")
        #expect(errors.contains { $0.message.text(.en).contains("c.44") })
    }

    @Test func newerFormatVersionIsRefused() throws {
        let errors = try load(
            replacing: #"formatVersion="1" id="mini-lib""#, with: #"formatVersion="3" id="mini-lib""#, in: "mini.rules.xml")
        #expect(errors.contains { $0.kind == .unsupportedVersion })
    }

    @Test func textWithoutLanguageIsReported() throws {
        let errors = try load(
            replacing: #"<title xml:lang="en">Mini concern model</title>"#, with: "<title>Mini concern model</title>",
            in: "mini-concern.xml")
        #expect(errors.contains { $0.message.text(.en).contains("xml:lang") })
    }

    @Test func malformedRuleFileNamesItsLine() throws {
        let errors = try load(replacing: "</policy>", with: "</polcy>", in: "mini-concern.rules.xml")
        let error = try #require(errors.first)
        #expect(error.kind == .malformed)
        #expect(error.location?.line == (try line(of: "</policy>", in: "mini-concern.rules.xml")))
    }

    /// A rule file over the size bound is refused with a hint that fits rule files: the
    /// manifest's option for raising its bound does nothing for them.
    @Test func ruleFileOverTheBoundIsRefusedWithAHintForRuleFiles() throws {
        var loader = CatalogueLoader()
        loader.maxFileBytes = 256
        let errors: [AccreditError]
        do {
            _ = try loader.load([Fixtures.path("Tests/Fixtures/mini")])
            errors = []
        } catch {
            errors = error.errors
        }
        let error = try #require(errors.first)
        #expect(error.kind == .tooLarge)
        #expect(error.message.text(.en).hasSuffix("the limit is 256"))
        for language in Language.allCases {
            let hint = error.hint.text(language)
            #expect(!hint.contains("--max-manifest-bytes"))
        }
        #expect(
            error.hint.text(.en)
                == "Split the file into smaller ones: standard and rule files have a fixed bound that no option raises.")
    }

    /// libxml2 compares the attributes of one element pairwise: a rule file with a flood of
    /// them is refused at the element's line before it is parsed.
    @Test func elementWithThousandsOfAttributesIsRefused() throws {
        let attributes = (0..<5_000).map { "a\($0)='1'" }.joined(separator: " ")
        let errors = try load(replacing: "</policy>", with: "<x \(attributes)/></policy>", in: "mini-concern.rules.xml")
        let error = try #require(errors.first)
        #expect(error.kind == .tooLarge)
        #expect(error.message.text(.en) == "an element has more than 256 attributes")
        #expect(error.location?.line == (try line(of: "</policy>", in: "mini-concern.rules.xml")))
    }
}
