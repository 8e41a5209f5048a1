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
        // Built as UTF-8 bytes, widths counted in Unicode scalars (the texts are precomposed):
        // every command's help is set up in every run of the program, help or not, and
        // String's character-level appends stood out in the profile of a small check.
        let space = UInt8(ascii: " ")
        var out = Array(label.utf8)
        var width = scalars(out)
        if width < column {
            out.append(contentsOf: repeatElement(space, count: column - width))
            width = column
        } else {
            out.append(space)
            width += 1
        }
        let indent = continuation ?? column
        var empty = true
        for word in text.utf8.split(separator: space) {
            let wordWidth = scalars(word)
            if !empty && width + 1 + wordWidth > Self.width {
                out.append(UInt8(ascii: "\n"))
                out.append(contentsOf: repeatElement(space, count: indent))
                width = indent
                empty = true
            }
            if !empty {
                out.append(space)
                width += 1
            }
            out.append(contentsOf: word)
            width += wordWidth
            empty = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The number of Unicode scalars in UTF-8 `bytes`: every byte that does not continue one.
    private static func scalars<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// An EXIT STATUS table: one row per status, its meaning wrapped under the meaning.
    static func exitStatus(_ rows: [(code: Int, meaning: String)]) -> String {
        (["EXIT STATUS"] + rows.map { row("  \($0.code)", $0.meaning, column: 6) }).joined(separator: "\n")
    }
}
