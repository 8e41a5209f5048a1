import AccreditTestSupport
import Foundation
import Testing

/// The HTML report draws each indicator with values for several periods as a small line chart
/// with its target and the better direction, and says the same in words.
struct IndicatorChartTests {
    @Test func anIndicatorSeriesIsDrawnWithItsTargetAndDirection() throws {
        let folder = try TemporaryFolder("chart")
        let package = folder.path + "/package"
        try FileManager.default.copyItem(atPath: Fixtures.path("examples/not-ready-sundhed"), toPath: package)
        let manifest = package + "/manifest.xml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(
            of: "</package>",
            with: """
                  <indicator id="haandhygiejne-audit" value="78" unit="%" periodStart="2023-01-01" periodEnd="2023-12-31"/>
                  <indicator id="haandhygiejne-audit" missing="true" unit="%" periodStart="2024-01-01" periodEnd="2024-12-31"/>
                </package>
                """
        ).write(toFile: manifest, atomically: true, encoding: .utf8)
        let result = try CommandRunner.accredit(["check", package, "--report", "html", "--lang", "en"])
        #expect(result.status == 1, "\(result.stderr)")
        let html = result.stdout
        #expect(html.contains(#"<section id="indicators">"#))
        #expect(html.contains(#"<figure class="indicator-series" data-indicator="haandhygiejne-audit">"#))
        #expect(
            html.contains(
                "haandhygiejne-audit · higher is better · target 90 %: 2023-01-01–2023-12-31: 78 %; "
                    + "2024-01-01–2024-12-31: missing; 2025-01-01–2025-12-31: 84 %"))
        #expect(html.contains(#"stroke-dasharray="4 3""#), "the target line")
        // Two values with a missing one between: no line joins them, two points are drawn.
        let figure = html.components(separatedBy: #"<figure class="indicator-series""#)[1]
        #expect(!figure.contains("<polyline"))
        #expect(figure.components(separatedBy: "<circle").count - 1 == 2)

        let danish = try CommandRunner.accredit(["check", package, "--report", "html", "--lang", "da"]).stdout
        #expect(danish.contains("Indikatorer over tid"))
        #expect(danish.contains("højere er bedre · mål 90 %"))
    }

    @Test func aReportWithoutSeriesHasNoIndicatorSection() throws {
        let result = try CommandRunner.accredit(["check", "examples/not-ready-sundhed", "--report", "html"])
        #expect(!result.stdout.contains(#"<section id="indicators">"#))
    }
}
