import AccreditAuthoring
import AccreditCore
import AccreditReports
import AccreditTestSupport
import Foundation
import Testing

/// Every subject renders through the one `Renderer` shape: each format's renderer gives the same
/// bytes as text, as UTF-8 and in pieces, and the same bytes every time.
struct RendererTests {
    @Test(arguments: ReportFormat.allCases)
    func reports(_ format: ReportFormat) throws {
        let report = try ReporterTests.example("overlap-sundhed")
        if format.isBinary { format.reporter.expectOneBinaryShape(report) } else { format.reporter.expectOneShape(report) }
    }

    @Test(arguments: BatchSummaryFormat.allCases)
    func batchSummaries(_ format: BatchSummaryFormat) throws {
        let summaries = try ["ready-hjemmepleje", "not-ready-sundhed"].map { name in
            BatchSummary(path: "examples/" + name, result: .success(try ReporterTests.example(name)))
        }
        format.renderer.expectOneShape(summaries)
    }

    @Test(arguments: ComparisonFormat.allCases)
    func comparisons(_ format: ComparisonFormat) throws {
        format.renderer.expectOneShape(try ComparisonGoldenTests.comparison())
    }

    @Test(arguments: CatalogueDiffFormat.allCases)
    func catalogueDiffs(_ format: CatalogueDiffFormat) throws {
        format.renderer(old: "old", new: "new").expectOneShape(try CatalogueDiffGoldenTests.diff())
    }

    @Test func lintResults() throws {
        let result = Linter().lint([Fixtures.path("Tests/Fixtures/mini")])
        for format in LintFormat.allCases { format.renderer.expectOneShape(result) }
    }

    @Test func ruleTestResults() throws {
        let folders = [Fixtures.path("Tests/Fixtures/rule-tests")]
        let catalogue = try CatalogueLoader().load(folders)
        let runner = RuleTestRunner(catalogue: catalogue)
        let cases = RuleTestRunner.discover(folders).map(runner.run)
        let results = RuleTestResults(cases: cases, coverage: RuleTestCoverage(catalogue: catalogue, results: cases))
        for format in RuleTestFormat.allCases {
            format.renderer(verbose: false).expectOneShape(results)
            format.renderer(verbose: true).expectOneShape(results)
        }
    }

    @Test func explanationsAndOverlapMatrices() throws {
        let catalogue = try Fixtures.shippedCatalogue()
        let explanation = try #require(Explanation("kik.2.2", in: catalogue))
        for format in ExplanationFormat.allCases { format.renderer.expectOneShape(explanation) }
        let concern = try #require(catalogue.standards["kik-caf2020"])
        let sector = try #require(catalogue.standards["ddkm-kommune-2013"])
        let matrix = OverlapMatrix(concern: concern, sector: sector)
        for format in OverlapMatrixFormat.allCases { format.renderer.expectOneShape(matrix) }
    }

    @Test func progressBars() {
        for format in BatchProgressFormat.allCases {
            format.renderer.expectOneShape(BatchProgress(done: 0, total: 0))
            format.renderer.expectOneShape(BatchProgress(done: 3, total: 10))
        }
        let bar = BatchProgressFormat.bar.renderer.render(BatchProgress(done: 5, total: 10), language: .da)
        #expect(bar == "\r[" + String(repeating: "#", count: 15) + String(repeating: "-", count: 15) + "] 5/10")
    }
}

extension Renderer {
    /// Checks the three ways of rendering against each other, in both languages, and that a
    /// second rendering gives the same bytes.
    fileprivate func expectOneShape(_ subject: Subject) {
        for language in [Language.da, .en] {
            let text = render(subject, language: language)
            #expect(!text.isEmpty)
            #expect(render(subject, language: language) == text)
            #expect(renderUTF8(subject, language: language) == Array(text.utf8))
            var pieces: [UInt8] = []
            render(subject, language: language) { pieces += $0 }
            #expect(pieces == Array(text.utf8))
        }
    }

    /// The same for a binary format (xlsx), whose text is no text: its bytes whole and in pieces.
    fileprivate func expectOneBinaryShape(_ subject: Subject) {
        for language in [Language.da, .en] {
            let bytes = renderUTF8(subject, language: language)
            #expect(!bytes.isEmpty)
            #expect(renderUTF8(subject, language: language) == bytes)
            var pieces: [UInt8] = []
            render(subject, language: language) { pieces += $0 }
            #expect(pieces == bytes)
        }
    }
}
