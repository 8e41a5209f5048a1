import AccreditServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Uploading a package: the verdict of an evaluated one, the refusals before a byte is checked
/// (415, 400, 413), and packages that cannot be evaluated (422), which are stored with their error.
struct APIUploadTests {
    @Test func theReadyExampleIsCreatedWithItsVerdictAndSummary() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { fixture, api in
            let response = try await api.upload(zip, to: TestUnits.a, as: .coordinatorA)
            #expect(response.status == .created, "\(response.text)")
            #expect(response.contentType == "application/json")
            let body = response.object
            #expect(Set(body.keys) == ["id", "verdict", "summary"])
            let id = try #require(body["id"] as? NSNumber).int64Value
            #expect(response.headers[.location] == "/api/v1/runs/\(id)")
            #expect(body["verdict"] as? String == "ready")
            let summary = try #require(body["summary"] as? [String: Any])
            #expect(Set(summary.keys) == ["counts", "fulfilled", "assessable", "gaps", "shareMet"])
            // The example's README: 9 of 9 met, 1 not applicable.
            let counts = try #require(summary["counts"] as? [String: Int])
            #expect(counts["met"] == 9)
            #expect(counts["not-applicable"] == 1)
            #expect(summary["fulfilled"] as? Int == 9)
            #expect(summary["assessable"] as? Int == 9)
            #expect(summary["gaps"] as? Int == 0)
            #expect((summary["shareMet"] as? NSNumber)?.doubleValue == 1.0)

            // The stored run says the same, with who uploaded it and what it was checked against.
            let shown = try await api.get("/api/v1/runs/\(id)", as: .coordinatorA)
            #expect(shown.status == .ok)
            let run = shown.object
            #expect(
                Set(run.keys) == [
                    "id", "unit", "createdAt", "createdBy", "asOf", "verdict", "summary", "error", "standards",
                    "ruleSets", "catalogueHash", "packageSha256",
                ])
            #expect(run["unit"] as? String == TestUnits.a)
            #expect(run["createdBy"] as? String == Who.coordinatorA.rawValue)
            #expect(run["verdict"] as? String == "ready")
            #expect(run["error"] is NSNull)
            #expect(run["asOf"] is NSNull)
            #expect(run["standards"] as? [String] == ["aeldre-kvalitetsstandard 2014.1575"])
            #expect(run["catalogueHash"] as? String == (try SharedCatalogue.get()).contentHash)
            #expect(run["packageSha256"] as? String == (try sha256(zip)))
            #expect((run["createdAt"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) } != nil)
            #expect(try await fixture.store.package(run: id) == zip)
        }
    }

    @Test func theNotReadyExampleIsCreatedAsNotReady() async throws {
        let zip = try Packages.notReady()
        try await ServerFixture.run { _, api in
            let response = try await api.upload(zip, to: TestUnits.b, as: .coordinatorB)
            #expect(response.status == .created, "\(response.text)")
            #expect(response.object["verdict"] as? String == "not-ready")
            let summary = response.object["summary"] as? [String: Any] ?? [:]
            // The example's expected report: 21 met, 4 partially met, 1 not met.
            #expect(summary["fulfilled"] as? Int == 21)
            #expect(summary["gaps"] as? Int == 5)
            #expect(summary["assessable"] as? Int == 26)
        }
    }

    @Test func asOfIsTheDateThePackageIsJudgedOn() async throws {
        let zip = try Packages.notReady()
        try await ServerFixture.run { _, api in
            let judged = try await api.run(zip, to: TestUnits.b, query: "asOf=2025-06-01")
            let run = try await api.get("/api/v1/runs/\(judged)", as: .admin)
            #expect(run.object["asOf"] as? String == "2025-06-01")
            let report = try await api.get("/api/v1/runs/\(judged)/report", as: .admin)
            #expect(report.object["assessmentDate"] as? String == "2025-06-01")

            let own = try await api.run(zip, to: TestUnits.b)
            let ownReport = try await api.get("/api/v1/runs/\(own)/report", as: .admin)
            #expect(ownReport.object["assessmentDate"] as? String == "2026-03-01")
            #expect(ownReport.object["summary"] as? [String: Int] != report.object["summary"] as? [String: Int])
        }
    }

    @Test(arguments: ["yesterday", "2026-13-01", "2026-02-30", "26-03-01", "2026-3-1", ""])
    func aBadAsOfIs400AndNothingIsStored(_ asOf: String) async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { fixture, api in
            let response = try await api.upload(zip, to: TestUnits.a, as: .admin, query: "asOf=\(asOf)")
            expectError(response, .badRequest)
            #expect(errorMessage(response).contains("YYYY-MM-DD"))
            #expect(try await fixture.store.runs(unit: TestUnits.a, limit: 10).isEmpty)
        }
    }

    @Test func aBadLanguageIs400() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { _, api in
            expectError(try await api.upload(zip, to: TestUnits.a, as: .admin, query: "lang=de"), .badRequest)
        }
    }

    @Test(arguments: ["text/plain", "application/json", "multipart/form-data; boundary=x", "application/octet-stream"])
    func aBodyThatIsNotSentAsAZipIs415(_ type: String) async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { fixture, api in
            expectError(try await api.upload(zip, to: TestUnits.a, as: .admin, contentType: type), .unsupportedMediaType)
            // And without any Content-Type.
            let bare = try await api.send(.post, "/api/v1/units/\(TestUnits.a)/runs", as: .admin, body: zip)
            expectError(bare, .unsupportedMediaType)
            #expect(try await fixture.store.runs(unit: TestUnits.a, limit: 10).isEmpty)
        }
    }

    @Test func theZipMediaTypeIsMatchedWithoutCaseOrParameters() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { _, api in
            for type in ["Application/ZIP", "application/zip; name=package.zip", "application/x-zip-compressed"] {
                let response = try await api.upload(zip, to: TestUnits.a, as: .admin, contentType: type)
                #expect(response.status == .created, "\(type)")
            }
        }
    }

    @Test func anEmptyBodyIs400() async throws {
        try await ServerFixture.run { fixture, api in
            expectError(try await api.upload([], to: TestUnits.a, as: .admin), .badRequest)
            #expect(try await fixture.store.runs(unit: TestUnits.a, limit: 10).isEmpty)
        }
    }

    @Test func aBodyThatIsNotAZipIs422AndStoredWithItsError() async throws {
        try await ServerFixture.run { fixture, api in
            let body = Array("this is not a zip file".utf8)
            let response = try await api.upload(body, to: TestUnits.a, as: .coordinatorA)
            #expect(response.status == .unprocessableContent)
            #expect(response.contentType == "application/json")
            let answer = response.object
            #expect(Set(answer.keys) == ["id", "error"])
            let id = try #require(answer["id"] as? NSNumber).int64Value
            #expect(response.headers[.location] == "/api/v1/runs/\(id)")
            let error = try #require(answer["error"] as? [String: Any])
            #expect(error["status"] as? Int == 422)
            let message = try #require(error["message"] as? String)
            #expect(!message.isEmpty)

            // The run is stored with the error, and has no verdict, summary or report.
            let run = try await api.get("/api/v1/runs/\(id)", as: .coordinatorA)
            #expect(run.status == .ok)
            #expect(run.object["error"] as? String == message)
            #expect(run.object["verdict"] is NSNull)
            #expect(run.object["summary"] is NSNull)
            #expect(run.object["standards"] as? [String] == [])
            #expect(run.object["packageSha256"] as? String == (try sha256(body)))
            for format in ["json", "html", "text"] {
                let report = try await api.get("/api/v1/runs/\(id)/report?format=\(format)", as: .coordinatorA)
                expectError(report, .notFound)
            }
            expectError(try await api.get("/api/v1/runs/\(id)/diff", as: .coordinatorA), .notFound)
            // What was sent is kept, for whoever has to find out what went wrong.
            let package = try await api.get("/api/v1/runs/\(id)/package", as: .coordinatorA)
            #expect(package.status == .ok)
            #expect(package.bytes == body)
            let runs = try await api.get("/api/v1/units/\(TestUnits.a)/runs", as: .coordinatorA)
            #expect(runs.array.count == 1)
            #expect(try await fixture.store.run(id: id)?.error == message)
        }
    }

    @Test func theErrorOfAnUnevaluatedPackageIsInTheUploadersLanguage() async throws {
        try await ServerFixture.run { _, api in
            let body = Array("PK but not really a zip".utf8)
            let english = try await api.upload(body, to: TestUnits.a, as: .admin, query: "lang=en")
            let danish = try await api.upload(body, to: TestUnits.a, as: .admin, query: "lang=da")
            #expect(english.status == .unprocessableContent)
            #expect(danish.status == .unprocessableContent)
            let en = (english.object["error"] as? [String: Any])?["message"] as? String ?? ""
            let da = (danish.object["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(!en.isEmpty && !da.isEmpty)
            #expect(en != da)
        }
    }

    @Test func aBodyOverTheLimitIs413AndNothingIsStored() async throws {
        let zip = try Packages.ready()
        #expect(zip.count > 4096)
        try await ServerFixture.run(settings: ServerSettings(maxUploadBytes: 4096)) { fixture, api in
            let response = try await api.upload(zip, to: TestUnits.a, as: .admin)
            expectError(response, .contentTooLarge)
            #expect(try await fixture.store.runs(unit: TestUnits.a, limit: 10).isEmpty)
            // A body of exactly the limit is read (and, not being a zip, refused as one).
            let atLimit = try await api.upload([UInt8](repeating: 0x41, count: 4096), to: TestUnits.a, as: .admin)
            #expect(atLimit.status == .unprocessableContent)
            let overLimit = try await api.upload([UInt8](repeating: 0x41, count: 4097), to: TestUnits.a, as: .admin)
            expectError(overLimit, .contentTooLarge)
            #expect(try await api.get("/healthz", as: nil).status == .ok)
        }
    }

    @Test func theUploadersFileNameIsWhatTheReportCallsThePackage() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { _, api in
            let named = try await api.run(zip, to: TestUnits.a, query: "name=hjemmepleje-2026.zip")
            let report = try await api.get("/api/v1/runs/\(named)/report", as: .admin)
            #expect((report.object["package"] as? [String: Any])?["path"] as? String == "hjemmepleje-2026.zip")
            let plain = try await api.run(zip, to: TestUnits.a)
            let plainReport = try await api.get("/api/v1/runs/\(plain)/report", as: .admin)
            #expect((plainReport.object["package"] as? [String: Any])?["path"] as? String == "package.zip")
            // A name with a path keeps only its last part.
            let climbing = try await api.run(zip, to: TestUnits.a, query: "name=../../etc/x.zip")
            let climbingReport = try await api.get("/api/v1/runs/\(climbing)/report", as: .admin)
            #expect((climbingReport.object["package"] as? [String: Any])?["path"] as? String == "x.zip")
        }
    }

    @Test func aZipBombIsRefusedAndTheServerGoesOn() async throws {
        let bomb = try Packages.bomb()
        let zip = try Packages.ready()
        // 200 MiB of zeros pack into well under a megabyte.
        #expect(bomb.count < 1 << 20)
        try await ServerFixture.run { _, api in
            let response = try await api.upload(bomb, to: TestUnits.a, as: .admin)
            #expect((400..<500).contains(response.status.code), "\(response.status)")
            #expect(response.status == .unprocessableContent)
            #expect(errorMessage(response).contains("zip bomb"))
            #expect(try await api.get("/healthz", as: nil).status == .ok)
            #expect(try await api.upload(zip, to: TestUnits.a, as: .admin).status == .created)
        }
    }

    @Test func aZipWithEntriesOutsideThePackageIsRefused() async throws {
        let hostile = try Packages.traversal()
        let zip = try Packages.ready()
        let escaped = FileManager.default.temporaryDirectory.appendingPathComponent("escaped.md").path
        let existedBefore = FileManager.default.fileExists(atPath: escaped)
        try await ServerFixture.run { _, api in
            let response = try await api.upload(hostile, to: TestUnits.a, as: .admin)
            #expect((400..<500).contains(response.status.code), "\(response.status)")
            #expect(response.status == .unprocessableContent)
            #expect(errorMessage(response).contains("would land outside the package"))
            #expect(try await api.upload(zip, to: TestUnits.a, as: .admin).status == .created)
        }
        if !existedBefore { #expect(!FileManager.default.fileExists(atPath: escaped)) }
    }

    @Test func aZipWithASymbolicLinkIsRefused() async throws {
        let hostile = try Packages.symlink()
        try await ServerFixture.run { _, api in
            let response = try await api.upload(hostile, to: TestUnits.a, as: .admin)
            #expect(response.status == .unprocessableContent)
            #expect(errorMessage(response).contains("symbolic link"))
            let id = try #require(response.object["id"] as? NSNumber).int64Value
            expectError(try await api.get("/api/v1/runs/\(id)/report", as: .admin), .notFound)
        }
    }

    @Test func aPackageInOneTopLevelFolderIsChecked() async throws {
        let zip = try Packages.readyNested()
        try await ServerFixture.run { _, api in
            let response = try await api.upload(zip, to: TestUnits.a, as: .admin)
            #expect(response.status == .created, "\(response.text)")
            #expect(response.object["verdict"] as? String == "ready")
        }
    }

    @Test func aZipWithoutAManifestIs422() async throws {
        let zip = try Packages.withoutManifest()
        try await ServerFixture.run { fixture, api in
            let response = try await api.upload(zip, to: TestUnits.a, as: .admin)
            #expect(response.status == .unprocessableContent)
            #expect(!errorMessage(response).isEmpty)
            let id = try #require(response.object["id"] as? NSNumber).int64Value
            #expect(try await fixture.store.run(id: id)?.error != nil)
        }
    }

    /// More uploads than check slots: each waits its turn and every one is stored.
    @Test func concurrentUploadsAllComplete() async throws {
        let ready = try Packages.ready()
        let notReady = try Packages.notReady()
        try await ServerFixture.run(settings: ServerSettings(concurrentChecks: 2)) { fixture, api in
            let verdicts = try await withThrowingTaskGroup(of: (Int64, String).self) { group in
                for index in 0..<8 {
                    group.addTask {
                        let response = try await api.upload(index % 2 == 0 ? ready : notReady, to: TestUnits.a, as: .admin)
                        #expect(response.status == .created)
                        let id = (response.object["id"] as? NSNumber)?.int64Value ?? -1
                        return (id, response.object["verdict"] as? String ?? "")
                    }
                }
                var all: [(Int64, String)] = []
                for try await result in group { all.append(result) }
                return all
            }
            #expect(Set(verdicts.map(\.0)).count == 8)
            #expect(verdicts.filter { $0.1 == "ready" }.count == 4)
            #expect(verdicts.filter { $0.1 == "not-ready" }.count == 4)
            #expect(try await fixture.store.runs(unit: TestUnits.a, limit: 100).count == 8)
        }
    }

    @Test func uploadsAreRecordedInTheAuditLog() async throws {
        let zip = try Packages.ready()
        try await ServerFixture.run { fixture, api in
            let good = try await api.run(zip, to: TestUnits.a, as: .coordinatorA)
            let bad = try await api.upload(Array("nope".utf8), to: TestUnits.a, as: .coordinatorA)
            let badID = (bad.object["id"] as? NSNumber)?.int64Value ?? -1
            _ = try await api.upload(zip, to: TestUnits.a, as: .reader)
            let entries = try await fixture.store.audit(limit: 10)
            #expect(entries.count == 2)
            let byObject = Dictionary(entries.map { ($0.object, $0) }, uniquingKeysWith: { a, _ in a })
            let goodEntry = try #require(byObject["run:\(good)"])
            #expect(goodEntry.actor == Who.coordinatorA.rawValue)
            #expect(goodEntry.action == "run.create")
            #expect(goodEntry.detail.contains(TestUnits.a))
            #expect(goodEntry.detail.contains("ready"))
            let badEntry = try #require(byObject["run:\(badID)"])
            #expect(badEntry.action == "run.create")
            #expect(badEntry.detail.contains("not evaluated"))
        }
    }
}
