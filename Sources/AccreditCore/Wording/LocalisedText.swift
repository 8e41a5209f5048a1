/// A text in Danish and/or English, as authored with `xml:lang` in standard and rule files.
public struct LocalisedText: Sendable, Hashable, Codable {
    public var da: String?
    public var en: String?

    public init(da: String? = nil, en: String? = nil) {
        self.da = da
        self.en = en
    }

    /// The text in `language`, falling back to the other language, then to "".
    public func text(_ language: Language) -> String {
        self[language] ?? self[language.fallback] ?? ""
    }

    public subscript(language: Language) -> String? {
        get { language == .da ? da : en }
        set { if language == .da { da = newValue } else { en = newValue } }
    }

    public var isEmpty: Bool { da == nil && en == nil }

    /// The languages this text lacks, for authoring warnings.
    public var missingLanguages: [Language] { Language.allCases.filter { self[$0] == nil } }
}
