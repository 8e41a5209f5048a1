import AccreditReports
import Testing

/// `--report FORMAT[:PATH]`, parsed and checked as a set.
struct ReportRequestTests {
    @Test func formatAloneGoesToStandardOutput() throws {
        #expect(try ReportRequest(argument: "json") == ReportRequest(format: .json))
    }

    @Test func pathFollowsTheFirstColon() throws {
        #expect(try ReportRequest(argument: "sarif:out/report.sarif") == ReportRequest(format: .sarif, path: "out/report.sarif"))
        #expect(
            try ReportRequest(argument: "html:rapporter/æøå:v2.html")
                == ReportRequest(format: .html, path: "rapporter/æøå:v2.html"))
    }

    @Test func everyFormatParses() throws {
        for format in ReportFormat.allCases {
            #expect(try ReportRequest(argument: format.rawValue + ":x").format == format)
        }
    }

    @Test(arguments: ["xml", "JSON", "", ":out.json", "sarif2:out"])
    func unknownFormatIsRefusedNamingTheKnownOnes(_ argument: String) {
        #expect {
            try ReportRequest(argument: argument)
        } throws: { error in
            let text = "\(error)"
            return text.contains("unknown report format")
                && text.contains(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    @Test func emptyPathIsRefused() {
        #expect(throws: ReportRequest.ParseError.self) { try ReportRequest(argument: "json:") }
    }

    @Test func onlyOneReportMayUseStandardOutput() {
        #expect(throws: ReportRequest.ParseError.self) {
            try ReportRequest.validate([ReportRequest(format: .text), ReportRequest(format: .json)])
        }
        #expect(throws: Never.self) {
            try ReportRequest.validate([ReportRequest(format: .text), ReportRequest(format: .json, path: "r.json")])
        }
    }

    @Test func twoReportsMayNotShareAFile() {
        #expect(throws: ReportRequest.ParseError.self) {
            try ReportRequest.validate([ReportRequest(format: .json, path: "r"), ReportRequest(format: .sarif, path: "r")])
        }
    }
}
