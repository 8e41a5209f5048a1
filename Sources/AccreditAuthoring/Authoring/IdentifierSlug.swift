/// An id made from a name or title, as `accredit init` makes a unit id and the self-evaluation
/// editor an evidence id: lower case, Danish letters spelled out (æ → ae, ø → oe, å → aa), any
/// other run of characters as one "-", none at either end.
public enum IdentifierSlug {
    /// The slug of `text`, at most about `maxLength` characters; `fallback` when nothing is left.
    public static func make(_ text: String, fallback: String, maxLength: Int = .max) -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "æ": out += "ae"
            case "ø": out += "oe"
            case "å": out += "aa"
            case "a"..."z", "0"..."9": out.append(character)
            default: if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
            }
            if out.count >= maxLength { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : out
    }
}
