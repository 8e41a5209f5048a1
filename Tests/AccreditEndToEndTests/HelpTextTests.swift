import AccreditTestSupport
import Foundation
import Testing

/// `accredit help <command>` reads cleanly on an 80-column terminal: no line is longer, and no
/// paragraph or table row was broken where ArgumentParser's wrapping would not break it, which is
/// what happens when text wrapped by hand at a wider width is wrapped again.
struct HelpTextTests {
    static let commands = ["", "check", "lint", "test", "explain", "init", "overlap", "compare", "resolve", "diff"]
    static let width = 80

    /// The lines that break the rules, each with why.
    static func problems(in help: String) -> [String] {
        let lines = help.components(separatedBy: "\n")
        var found: [String] = []
        for (index, line) in lines.enumerated() where line.count > width {
            found.append("line \(index + 1) has \(line.count) columns: \(line)")
        }
        for index in lines.indices.dropFirst() {
            let above = lines[index - 1]
            let line = lines[index]
            let text = line.drop { $0 == " " }
            guard !above.trimmingCharacters(in: .whitespaces).isEmpty, let word = text.split(separator: " ").first else {
                continue
            }
            let indentAbove = above.prefix { $0 == " " }.count
            let indent = line.count - text.count
            // Lines that start something of their own: a table row (a word, then a gap of two
            // or more spaces), a label ("id:", "id (warning):"), an option or argument
            // ("--rules <dir>", "-o, --output", "<package>"), a heading ("EXIT STATUS"), or a
            // line after an introduction ending in a colon.
            let tableRow = text.range(of: #"^\S+ {2,}\S"#, options: .regularExpression) != nil
            let label = text.range(of: #"^[\w.-]+( \([^)]*\))?:( |$)"#, options: .regularExpression) != nil
            let option = word.hasPrefix("-") || word.hasPrefix("<")
            let heading = word.count > 1 && word.allSatisfy { $0.isUppercase || $0 == "-" }
            if tableRow || label || option || heading || above.hasSuffix(":") { continue }
            // Tables (indented by 1 to 7 columns) are wrapped at 72 columns so that the man
            // page, which indents them further, fits 80 columns too; everything else at 80.
            let limit = (1...7).contains(indent) ? 72 : width
            if indent == indentAbove && above.count + 1 + word.count <= limit - 2 {
                // Greedy wrapping puts a word on the next line only when it does not fit.
                found.append("line \(index + 1) starts with \"\(word)\", which fits on the line above: \(above) / \(line)")
            } else if indent < indentAbove, word.first?.isLowercase == true {
                found.append("line \(index + 1) continues the indented line above at the margin: \(above) / \(line)")
            }
        }
        return found
    }

    @Test(arguments: commands)
    func helpFitsEightyColumns(_ command: String) throws {
        let result = try CommandRunner.accredit(
            command.isEmpty ? ["help"] : ["help", command],
            environment: ["COLUMNS": "\(Self.width)", "LINES": "50"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("EXIT STATUS"))
        let problems = Self.problems(in: result.stdout)
        #expect(problems.isEmpty, "accredit help \(command):\n\(problems.joined(separator: "\n"))")
    }

    /// The checker finds what it is for: text wrapped by hand at 90 columns, then again at 80.
    @Test func checkerFindsRaggedText() {
        let ragged = """
            OVERVIEW: Check an evaluation package.

            Every folder tests/<case>/ under the given paths holding manifest.xml, evidence
            and
            expected.xml (Schemas/expectations.xsd) is checked.
            EXIT STATUS
              0   ready
              2   the package or the rule files could not be evaluated; the message names
            file, line and what to fix
            """
        let problems = Self.problems(in: ragged)
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("line 5 starts with \"expected.xml\"") })
        #expect(problems.contains { $0.hasPrefix("line 9 continues") })
        #expect(Self.problems(in: String(repeating: "x", count: 81)).count == 1)
    }
}
