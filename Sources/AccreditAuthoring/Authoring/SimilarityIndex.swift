import AccreditCore

/// Finds candidate undeclared overlaps: concern and sector requirements that look alike but
/// have no declared relation. Deterministic and explainable, so a specialist can judge each
/// score:
///
/// - **text**: cosine similarity of the two token sets, `|A∩B| / √(|A|·|B|)`, over the Danish
///   and English titles and texts, lower-cased, split at anything not a letter or digit,
///   words of three letters or fewer and stop words (`StopWords`) removed, each word cut to
///   its first six letters (a crude stem that makes "kvalitetsstandard" meet "kvalitet");
/// - **evidence kinds**: Jaccard similarity `|A∩B| / |A∪B|` of the evidence kinds the rules
///   verifying each requirement accept;
/// - **indicators**: whether the rules of both read the same indicator.
///
/// `score = 0.7·text + 0.3·kinds`, plus 0.2 when an indicator is shared (at most 1). Pairs at
/// or above `threshold` are candidates.
public struct SimilarityIndex: Sendable {
    /// Scores at or above this are reported; chosen so that requirements sharing their
    /// central words in both languages qualify, while ones sharing only generic words do not.
    public static let threshold = 0.35
    /// At most this many candidates per sector requirement, the best first.
    public static let maxPerRequirement = 3

    public struct Profile: Sendable, Hashable {
        public var tokens: Set<String>
        public var evidenceKinds: Set<String>
        public var indicators: Set<String>
    }

    public struct Score: Sendable, Hashable {
        public var text: Double
        public var evidenceKinds: Double
        public var sharedIndicators: [String]
        public var total: Double
    }

    public struct Candidate: Sendable, Hashable {
        public var concern: Requirement
        public var sector: Requirement
        public var score: Score
    }

    private var profiles: [String: Profile] = [:]
    private let catalogue: Catalogue

    public init(_ catalogue: Catalogue) {
        self.catalogue = catalogue
        for standard in catalogue.standards.values {
            for requirement in standard.requirements {
                profiles[requirement.id] = Self.profile(requirement, in: catalogue)
            }
        }
    }

    static func profile(_ requirement: Requirement, in catalogue: Catalogue) -> Profile {
        var tokens: Set<String> = []
        for text in [requirement.title, requirement.text] {
            for language in Language.allCases { tokens.formUnion(Self.tokens(text[language] ?? "")) }
        }
        let items = SupplyItem.items(for: requirement, in: catalogue)
        return Profile(
            tokens: tokens, evidenceKinds: Set(items.flatMap(\.evidenceKinds)),
            indicators: Set(items.compactMap(\.indicator)))
    }

    /// The normalised words of `text`.
    public static func tokens(_ text: String) -> Set<String> {
        var result: Set<String> = []
        var word = ""
        func flush() {
            if word.count > 3 && !StopWords.all.contains(word) { result.insert(String(word.prefix(6))) }
            word = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber { word.append(character) } else { flush() }
        }
        flush()
        return result
    }

    public func score(_ a: String, _ b: String) -> Score? {
        guard let p = profiles[a], let q = profiles[b] else { return nil }
        let text =
            p.tokens.isEmpty || q.tokens.isEmpty
            ? 0
            : Double(p.tokens.intersection(q.tokens).count) / (Double(p.tokens.count) * Double(q.tokens.count)).squareRoot()
        let union = p.evidenceKinds.union(q.evidenceKinds)
        let kinds = union.isEmpty ? 0 : Double(p.evidenceKinds.intersection(q.evidenceKinds).count) / Double(union.count)
        let shared = p.indicators.intersection(q.indicators).sorted()
        let total = min(1, 0.7 * text + 0.3 * kinds + (shared.isEmpty ? 0 : 0.2))
        return Score(text: text, evidenceKinds: kinds, sharedIndicators: shared, total: total)
    }

    /// Candidate pairs between each sector standard and its concern standard (or every loaded
    /// concern standard), excluding declared relations; by sector standard, document order, score.
    public func candidates() -> [Candidate] {
        var result: [Candidate] = []
        let concerns = catalogue.standards.values.filter { $0.level == .concern }.sorted { $0.id < $1.id }
        for sector in catalogue.standards.values.filter({ $0.level == .sector }).sorted(by: { $0.id < $1.id }) {
            let targets = concerns.filter { sector.concernStandardID == nil || $0.id == sector.concernStandardID }
            for requirement in sector.requirements {
                let declared = Set(requirement.relations.map(\.concern))
                var found: [Candidate] = []
                for concern in targets.flatMap(\.requirements) where !declared.contains(concern.id) {
                    guard let score = score(requirement.id, concern.id), score.total >= Self.threshold else { continue }
                    found.append(Candidate(concern: concern, sector: requirement, score: score))
                }
                found.sort { ($0.score.total, $1.concern.id) > ($1.score.total, $0.concern.id) }
                result += found.prefix(Self.maxPerRequirement)
            }
        }
        return result
    }
}
