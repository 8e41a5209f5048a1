import Foundation
import Testing

@testable import AccreditServer

/// The quick reader of stored summaries gives what JSONDecoder gives, and steps aside for
/// anything it does not recognise.
@Suite struct StoredSummaryTests {
    static let summaries = [
        RunSummary(counts: ["met": 9, "not-met": 0, "partially-met": 2], fulfilled: 9, assessable: 11, gaps: 2),
        RunSummary(counts: [:], fulfilled: 0, assessable: 0, gaps: 0),
        RunSummary(counts: ["error": 123_456_789], fulfilled: 1, assessable: 2, gaps: 1),
    ]

    @Test(arguments: summaries) func readsWhatTheStoreWrites(_ summary: RunSummary) {
        let text = StoredValue.json(summary)
        #expect(StoredSummary.fast(text) == summary, "\(text)")
        #expect(StoredSummary.decode(text) == summary)
    }

    @Test(arguments: [
        "", "{}", "[]", "{\"counts\":{}}", "{\"assessable\":1,\"counts\":{},\"fulfilled\":1}",
        "{\"assessable\":1.5,\"counts\":{},\"fulfilled\":1,\"gaps\":0}",
        "{\"assessable\":1,\"counts\":{\"a\\\"b\":1},\"fulfilled\":1,\"gaps\":0}",
        "{\"assessable\":1,\"counts\":{},\"fulfilled\":1,\"gaps\":0} trailing",
        "{\"assessable\":1,\"counts\":{\"x\":{}},\"fulfilled\":1,\"gaps\":0}",
    ])
    func leavesAnythingElseToJSONDecoder(_ text: String) {
        #expect(StoredSummary.fast(text) == nil, "\(text)")
    }

    @Test func spacedJSONStillReads() {
        let text = "{ \"assessable\" : 3 , \"counts\" : { \"met\" : 2 } , \"fulfilled\" : 2 , \"gaps\" : 1 }"
        #expect(StoredSummary.fast(text) == RunSummary(counts: ["met": 2], fulfilled: 2, assessable: 3, gaps: 1))
    }
}
