import AccreditReports
import Testing

/// When the terminal report is coloured (no-color.org, `TERM=dumb`, files and pipes).
struct TerminalColourTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var toStandardOutput: Bool
        var isTerminal: Bool
        var environment: [String: String]
        var colour: Bool
        var testDescription: String { "stdout=\(toStandardOutput) tty=\(isTerminal) env=\(environment) → \(colour)" }
    }

    @Test(arguments: [
        Case(toStandardOutput: true, isTerminal: true, environment: [:], colour: true),
        Case(toStandardOutput: true, isTerminal: true, environment: ["TERM": "xterm-256color"], colour: true),
        Case(toStandardOutput: true, isTerminal: true, environment: ["NO_COLOR": "1"], colour: false),
        Case(toStandardOutput: true, isTerminal: true, environment: ["NO_COLOR": "false"], colour: false),
        Case(toStandardOutput: true, isTerminal: true, environment: ["NO_COLOR": ""], colour: true),
        Case(toStandardOutput: true, isTerminal: true, environment: ["TERM": "dumb"], colour: false),
        Case(toStandardOutput: true, isTerminal: false, environment: [:], colour: false),
        Case(toStandardOutput: false, isTerminal: true, environment: [:], colour: false),
    ])
    func decides(_ c: Case) {
        #expect(
            TerminalColour.enabled(toStandardOutput: c.toStandardOutput, isTerminal: c.isTerminal, environment: c.environment)
                == c.colour)
    }
}
