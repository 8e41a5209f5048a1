import AccreditCore
import AccreditReports
import AccreditTestSupport
import Foundation
import Testing

struct JSONValueTests {
    @Test func sortsKeysAndIndents() {
        let value = JSONValue.object(["b": .int(2), "a": .array([.bool(true), .null]), "c": .array([]), "d": .object([:])])
        #expect(value.serialized() == """
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
    /// A report large enough to be rendered in slices gives the same bytes on one core and on several.
    @Test func slicesJoinIntoTheBytesOfOneStream() throws {
        var report = try Evaluator(catalogue: Fixtures.shippedCatalogue())
            .evaluate(PackageLoader().load(Fixtures.path("examples/overlap-sundhed")))
        let one = report.requirements
        report.requirements = (0..<(8_500 / one.count + 1)).flatMap { _ in one }
        let serial = JSONReporter(concurrency: 1).renderUTF8(report, language: .da)
        let parallel = JSONReporter(concurrency: 4).renderUTF8(report, language: .da)
        #expect(report.requirements.count >= 4 * 2_000, "four slices, two of them in the middle")
        #expect(parallel == serial)
        #expect(serial.count > 1_000_000)
        // Written as chunks, the slices follow one another into the same bytes.
        let chunks = JSONReporter(concurrency: 4).renderChunks(report, language: .da)
        #expect(chunks.count == 5, "head with the first slice, three slices, tail")
        #expect(chunks.flatMap { $0 } == serial)
        #expect(JSONReporter(concurrency: 1).renderChunks(report, language: .da) == [serial])
    }
}
