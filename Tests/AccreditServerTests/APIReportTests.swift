import AccreditCore
import AccreditReports
import AccreditServer
import AccreditTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// A run's reports: the bytes the command line's reporters write for the same package, in every
/// format and both languages, with the right media type.
struct APIReportTests {
    static let asOf = "2026-03-01"

    /// What the core and the reporters make of `zip`, named `package.zip` as an upload without a
    /// file name is, judged at `asOf`.
    static func coreReport(_ zip: [UInt8]) throws -> Report {
        let check = PackageCheck(
            catalogue: try SharedCatalogue.get(), options: CheckOptions(asOf: Day(iso: asOf)))
        return try check.check(.zipData(zip, name: "package.zip")).get()
    }

    @Test(arguments: ["ready", "not-ready"])
    func theJSONReportIsByteForByteWhatTheCoreWrites(_ example: String) async throws {
        let zip = example == "ready" ? try Packages.ready() : try Packages.notReady()
        let expected = JSONReporter().renderUTF8(try Self.coreReport(zip), language: .en)
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.a, query: "asOf=\(Self.asOf)")
            let response = try await api.get("/api/v1/runs/\(run)/report?format=json&lang=en", as: .admin)
            #expect(response.status == .ok)
            #expect(response.contentType == "application/json")
            #expect(response.bytes == expected)
            // json and en are the defaults.
            #expect(try await api.get("/api/v1/runs/\(run)/report", as: .admin).bytes == expected)
            #expect(response.object["verdict"] != nil)
        }
    }

    @Test func everyFormatAndLanguageIsWhatTheReportersWrite() async throws {
        let zip = try Packages.notReady()
        let report = try Self.coreReport(zip)
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.b, query: "asOf=\(Self.asOf)")
            for format in ReportFormat.allCases {
                for language in Language.allCases {
                    let response = try await api.get(
                        "/api/v1/runs/\(run)/report?format=\(format.rawValue)&lang=\(language.rawValue)", as: .reader)
                    #expect(response.status == .ok, "\(format) \(language)")
                    #expect(response.contentType == RunReports.contentType(format), "\(format)")
                    #expect(
                        response.bytes == format.reporter.renderUTF8(report, language: language),
                        "\(format) \(language)")
                }
            }
        }
    }

    @Test func eachFormatHasItsMediaTypeAndShape() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.a, query: "asOf=\(Self.asOf)")
            func report(_ format: String, _ lang: String = "en") async throws -> TestResponse {
                let response = try await api.get("/api/v1/runs/\(run)/report?format=\(format)&lang=\(lang)", as: .admin)
                #expect(response.status == .ok, "\(format)")
                return response
            }
            let expectedTypes = [
                "json": "application/json", "html": "text/html; charset=utf-8", "sarif": "application/sarif+json",
                "junit": "application/xml", "markdown": "text/markdown; charset=utf-8",
                "csv": "text/csv; charset=utf-8", "text": "text/plain; charset=utf-8",
                "github": "text/plain; charset=utf-8", "csv-excel": "text/csv; charset=utf-8",
                "csv-rfc4180": "text/csv; charset=utf-8",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "codeclimate": "application/json",
            ]
            #expect(Set(expectedTypes.keys) == Set(ReportFormat.allCases.map(\.rawValue)))
            for (format, type) in expectedTypes {
                #expect(try await report(format).contentType == type, "\(format)")
            }
            #expect(try await report("json").object["language"] as? String == "en")
            #expect(try await report("html").text.lowercased().contains("<html"))
            #expect(try await report("sarif").object["version"] as? String == "2.1.0")
            #expect(try await report("junit").text.hasPrefix("<?xml"))
            #expect(try await report("junit").text.contains("<testsuite"))
            #expect(try await report("csv").text.split(separator: "\n").count > 1)
            #expect(try await report("csv", "da").text.hasPrefix("\u{FEFF}Organisation;"))
            #expect(try await report("xlsx").text.hasPrefix("PK\u{3}\u{4}"))
            #expect(try await report("text").text.contains("Verdict: READY"))
            #expect(!(try await report("markdown").text.isEmpty))
            #expect(!(try await report("github").text.isEmpty))
            #expect(try JSONSerialization.jsonObject(with: Data(try await report("codeclimate").text.utf8)) is [Any])
        }
    }

    @Test func danishIsDanish() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.a, query: "asOf=\(Self.asOf)")
            let json = try await api.get("/api/v1/runs/\(run)/report?lang=da", as: .admin)
            #expect(json.object["language"] as? String == "da")
            let danish = try await api.get("/api/v1/runs/\(run)/report?format=text&lang=da", as: .admin)
            let english = try await api.get("/api/v1/runs/\(run)/report?format=text&lang=en", as: .admin)
            #expect(danish.text != english.text)
            #expect(danish.text.contains("KLAR"))
            #expect(!danish.text.contains("Verdict"))
            // The same words as the example's committed Danish report.
            let golden = try String(
                contentsOfFile: Packages.readyFolder + "/expected/report.da.txt", encoding: .utf8)
            let verdictLine = golden.split(separator: "\n").first { $0.contains("KLAR") }.map(String.init)
            #expect(verdictLine.map { danish.text.contains($0) } == true)
        }
    }

    @Test(arguments: ["pdf", "JSON", "", "xml", "json "])
    func anUnknownFormatIs400(_ format: String) async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.a)
            let encoded = format.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? format
            let response = try await api.get("/api/v1/runs/\(run)/report?format=\(encoded)", as: .admin)
            expectError(response, .badRequest)
            #expect(errorMessage(response).contains("json, "))
        }
    }

    @Test func anUnknownLanguageIs400() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.a)
            for lang in ["de", "DA", ""] {
                expectError(try await api.get("/api/v1/runs/\(run)/report?lang=\(lang)", as: .admin), .badRequest)
            }
        }
    }

    @Test func unknownRunsHaveNoReport() async throws {
        try await ServerFixture.run { _, api in
            for id in ["1", "0", "-1", "999999999999"] {
                expectError(try await api.get("/api/v1/runs/\(id)/report", as: .admin), .notFound)
                expectError(try await api.get("/api/v1/runs/\(id)/package", as: .admin), .notFound)
                expectError(try await api.get("/api/v1/runs/\(id)", as: .admin), .notFound)
            }
        }
    }

    /// The built `accredit check` writes the same JSON. The catalogue's hash and the rule files'
    /// names in a report depend on the rule folders as they were given, so the command gets the
    /// same absolute folders the fixture loaded (the committed example reports, made with
    /// relative folders, differ in exactly those fields). The package is `package.zip` in the
    /// command's working folder, the name the server gives an upload without a file name.
    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: CommandRunner.accredit)),
        arguments: ["ready", "not-ready"])
    func theJSONReportIsWhatTheCommandLineWrites(_ example: String) async throws {
        let zip = example == "ready" ? try Packages.ready() : try Packages.notReady()
        let folder = try TemporaryFolder("accredit-server-cli")
        try folder.write("package.zip", bytes: zip)
        var arguments = ["check", "package.zip", "--format", "json", "--as-of", Self.asOf, "--lang", "en"]
        for rules in SharedCatalogue.folders { arguments += ["--rules", rules] }
        let cli = try CommandRunner.run(CommandRunner.accredit, arguments, in: folder.path)
        #expect(cli.status == (example == "ready" ? 0 : 1), "\(cli.stderr)")
        try await ServerFixture.run { _, api in
            let run = try await api.run(zip, to: TestUnits.a, query: "asOf=\(Self.asOf)")
            let response = try await api.get("/api/v1/runs/\(run)/report?format=json&lang=en", as: .admin)
            #expect(response.text == cli.stdout)
        }
    }
}
