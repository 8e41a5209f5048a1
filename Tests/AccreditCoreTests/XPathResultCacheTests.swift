import AccreditTestSupport
import Testing

@testable import AccreditCore

/// An XPath rule that names no variable says the same of every requirement, so a package
/// evaluates it once however many requirements use it; one naming `$requirement` is
/// evaluated for each.
struct XPathResultCacheTests {
    private func context() throws -> (EvaluationContext, TemporaryFolder) {
        let builder = PackageBuilder(entries: [#"<answer requirement="s.answer" score="opfyldt">Ja</answer>"#])
        let folder = try builder.write()
        let loaded = try PackageLoader().load(folder.path)
        let context = EvaluationContext(
            loaded: loaded, catalogue: try Fixtures.miniCatalogue(), asOf: loaded.package.assessmentDate,
            limits: PackageLimits())
        return (context, folder)
    }

    @Test func anExpressionWithoutVariablesIsEvaluatedOnce() throws {
        let (context, folder) = try context()
        defer { withExtendedLifetime(folder) {} }
        for requirement in ["a", "b", "c", "d"] {
            let one = try context.evaluateXPath("count(p:assessment) = 1", variables: ["requirement": requirement])
            let two = try context.evaluateXPath("count(p:assessment) = 2", variables: ["requirement": requirement])
            #expect(one)
            #expect(!two)
        }
        #expect(context.xpathEvaluations == 2)
    }

    @Test func anExpressionNamingTheRequirementIsEvaluatedForEach() throws {
        let (context, folder) = try context()
        defer { withExtendedLifetime(folder) {} }
        let test = "count(p:answer[@requirement = $requirement]) = 1"
        let answered = try context.evaluateXPath(test, variables: ["requirement": "s.answer"])
        let other = try context.evaluateXPath(test, variables: ["requirement": "s.other"])
        let again = try context.evaluateXPath(test, variables: ["requirement": "s.answer"])
        #expect(answered)
        #expect(!other)
        #expect(again)
        #expect(context.xpathEvaluations == 3)
    }
}
