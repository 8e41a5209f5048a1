import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

@testable import AccreditReports

struct JSONValueTests {
    @Test func sortsKeysAndIndents() {
        let value = JSONValue.object(["b": .int(2), "a": .array([.bool(true), .null]), "c": .array([]), "d": .object([:])])
        #expect(
            value.serialized() == """
                {
                  "a" : [
                    true,
                    null
                  ],
                  "b" : 2,
                  "c" : [],
                  "d" : {}
                }

                """)
    }

    @Test func escapesWhatJSONRequiresAndKeepsDanishLetters() throws {
        let text = "Kvalitet \"på\" tværs\\\n\tÆØÅ æøå \u{01}/"
        let serialized = JSONValue.string(text).serialized()
        #expect(serialized == "\"Kvalitet \\\"på\\\" tværs\\\\\\n\\tÆØÅ æøå \\u0001/\"\n")
        // An independent parser reads back the same text.
        let parsed = try JSONSerialization.jsonObject(with: Data(serialized.utf8), options: [.fragmentsAllowed]) as? String
        #expect(parsed == text)
    }
}

struct JSONStreamLayoutTests {
    /// Keys come out sorted in every object of a real report, checked by Python's JSON parser.
    @Test func reportKeysAreSortedInEveryObject() throws {
        let folder = try TemporaryFolder("json")
        let path = folder.path + "/report.json"
        let result = try CommandRunner.accredit(["check", "examples/overlap-sundhed", "--format", "json", "-o", path])
        #expect(result.status == 0)
        let script = """
            import json, sys
            bad = []
            def hook(pairs):
                keys = [k for k, _ in pairs]
                if keys != sorted(keys): bad.append(keys)
                return dict(pairs)
            json.load(open(sys.argv[1]), object_pairs_hook=hook)
            print(len(bad)); sys.exit(1 if bad else 0)
            """
        let check = try CommandRunner.run("/usr/bin/env", ["python3", "-c", script, path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

struct ParallelJSONTests {
    /// The example's report with its requirements repeated to about 3,000.
    private func largeReport() throws -> Report {
        var report = try Evaluator(catalogue: Fixtures.shippedCatalogue())
            .evaluate(PackageLoader().load(Fixtures.path("examples/overlap-sundhed")))
        let one = report.requirements
        report.requirements = (0..<(3_000 / one.count)).flatMap { _ in one }
        return report
    }

    /// A report rendered in pieces, the last one short, on one core or several, gives the
    /// bytes of one stream. (Compared as a whole: a diff of megabytes would take minutes.)
    @Test(arguments: [(256, 1), (256, 4), (13, 2)]) func piecesJoinIntoTheBytesOfOneStream(perPiece: Int, concurrency: Int) throws
    {
        let report = try largeReport()
        var oneStream = JSONReporter.on(1)
        oneStream.requirementsPerPiece = .max
        var inPieces = JSONReporter.on(concurrency)
        inPieces.requirementsPerPiece = perPiece
        #expect(report.requirements.count % perPiece != 0, "the last piece is short")
        let expected = oneStream.renderUTF8(report, language: .da)
        let actual = inPieces.renderUTF8(report, language: .da)
        let same = actual == expected
        #expect(
            same,
            "first difference at byte \((0..<min(actual.count, expected.count)).first { actual[$0] != expected[$0] } ?? min(actual.count, expected.count))"
        )
        #expect(expected.count > 1_000_000)
    }

    /// Pieces are handed over one by one, each a small part of the report, so a file can be
    /// written while the rest is rendered.
    @Test func largeReportsAreHandedOverInSmallPieces() throws {
        let report = try largeReport()
        var pieces: [[UInt8]] = []
        JSONReporter.on(2).render(report, language: .en) { pieces.append($0) }
        #expect(pieces.count == (report.requirements.count + 255) / 256 + 2, "head, the pieces, tail")
        let total = pieces.reduce(0) { $0 + $1.count }
        #expect(pieces.allSatisfy { $0.count < total / 4 })
        let same = pieces.flatMap { $0 } == JSONReporter.on(2).renderUTF8(report, language: .en)
        #expect(same)
    }

    private struct Full: Error {}

    /// When writing a piece fails, rendering stops, nothing more is handed over and the error
    /// reaches the caller.
    @Test func anOutputErrorStopsTheRendering() throws {
        let report = try largeReport()
        var handedOver = 0
        #expect(throws: Full.self) {
            try JSONReporter.on(4).render(report, language: .da) { _ in
                handedOver += 1
                if handedOver == 3 { throw Full() }
            }
        }
        #expect(handedOver == 3)
    }
}

extension JSONReporter {
    /// A reporter rendering on `cores` cores, to show the bytes do not depend on them.
    static func on(_ cores: Int) -> JSONReporter {
        var reporter = JSONReporter()
        reporter.concurrency = cores
        return reporter
    }
}
