/// What a package must contain for one rule use to pass: the words `explain` and `init` show,
/// and the manifest entries the use reads, from which `init` writes example entries.
public struct CheckSupply: Sendable, Hashable {
    /// The demand in both languages, with the use's parameters filled in.
    public var text: LocalisedText
    /// Whether the use reads the requirement's self-assessment answer.
    public var answer: Bool
    /// Evidence kinds the use accepts.
    public var evidenceKinds: [String]
    /// The indicator the use reads.
    public var indicator: String?

    public init(_ text: LocalisedText, answer: Bool = false, evidenceKinds: [String] = [], indicator: String? = nil) {
        self.text = text
        self.answer = answer
        self.evidenceKinds = evidenceKinds
        self.indicator = indicator
    }
}
