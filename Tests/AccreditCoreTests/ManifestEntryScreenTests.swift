import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

/// Entries the grammar would read by their local names alone are refused at their line:
/// elements in a foreign namespace, and exemptions without an approver or a justification.
struct ManifestEntryScreenTests {
    private func firstError(_ entries: [String]) throws -> AccreditError? {
        let folder = try PackageBuilder(entries: entries, files: ["p.pdf": "x"]).write()
        do {
            _ = try PackageLoader().load(folder.path)
            return nil
        } catch {
            return (error as? AccreditErrors)?.errors.first
        }
    }

    private static let evidence = #"requirements="c.2" kind="policy" path="p.pdf" issued="2025-06-01""#

    @Test(arguments: [
        #"<evidence xmlns="urn:evil" id="E1" \#(evidence)/>"#,
        #"<e:evidence xmlns:e="urn:evil" id="E1" \#(evidence)/>"#,
        #"<evidence id="E1" \#(evidence)><title xmlns="urn:evil">T</title></evidence>"#,
    ])
    func elementInAForeignNamespaceIsRefusedAtItsLine(_ entry: String) throws {
        let error = try #require(try firstError([entry]))
        #expect(error.kind == .invalid)
        #expect(error.location?.line == 8)
        #expect(error.message.text(.en).contains("foreign namespace"))
    }

    @Test(arguments: [
        (#"approvedBy="""#, "<justification>Reason.</justification>", "approvedBy"),
        (#"approvedBy=" &#9; ""#, "<justification>Reason.</justification>", "approvedBy"),
        (#"approvedBy="Chef""#, "<justification></justification>", "justification"),
        (#"approvedBy="Chef""#, "<justification>\n   </justification>", "justification"),
    ])
    func exemptionWithoutApproverOrJustificationIsRefusedAtItsLine(_ approver: String, _ justification: String, _ named: String)
        throws
    {
        for type in ["waiver", "not-applicable"] {
            let entry =
                #"<exemption requirement="c.2" type="\#(type)" \#(approver) approved="2025-01-15">\#(justification)</exemption>"#
            let error = try #require(try firstError([entry]))
            #expect(error.kind == .invalid)
            #expect(error.location?.line == 8)
            #expect(error.message.text(.en).hasPrefix(named + " is empty"), "\(error.message.text(.en))")
        }
    }

    @Test func completeExemptionIsAccepted() throws {
        let entry =
            #"<exemption requirement="c.2" type="waiver" approvedBy="Chef" approved="2025-01-15"><justification>Reason.</justification></exemption>"#
        #expect(try firstError([entry]) == nil)
    }
}
