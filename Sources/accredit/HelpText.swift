/// Tabular parts of the commands' help. ArgumentParser wraps a discussion to the terminal's
/// width but knows nothing of tables: a row longer than that would continue at the left margin.
/// So rows are wrapped here, at a width that fits an 80-column terminal, with their
/// continuation lines indented under the row's text; paragraphs are left to ArgumentParser.
enum HelpText {
    /// The widest line a table row takes: ArgumentParser leaves it as it is at 80 columns, and
    /// the man page, which indents it by 5 more, too.
    static let width = 72

    /// `label` followed by `text`, wrapped at word boundaries: the first line starts with
    /// `label` padded to `column` characters, every further line with `continuation` spaces.
    static func row(_ label: String, _ text: String, column: Int, continuation: Int? = nil) -> String {
        let first = label.count < column ? label + String(repeating: " ", count: column - label.count) : label + " "
        let indent = String(repeating: " ", count: continuation ?? column)
        var lines: [String] = []
        var line = first
        var empty = true
        for word in text.split(separator: " ") {
            if !empty && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// An EXIT STATUS table: one row per status, its meaning wrapped under the meaning.
    static func exitStatus(_ rows: [(code: Int, meaning: String)]) -> String {
        (["EXIT STATUS"] + rows.map { row("  \($0.code)", $0.meaning, column: 6) }).joined(separator: "\n")
    }
}
