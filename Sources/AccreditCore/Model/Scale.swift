/// The scale a self-assessment answer is given on: numeric with bands (CAF 0–100 with PDCA
/// phases) or ordinal with named values (DDKM-style opfyldt / ikke opfyldt / ikke relevant).
public struct Scale: Sendable, Hashable {
    public struct Band: Sendable, Hashable {
        public var min: Int
        public var max: Int
        /// The PDCA phase this band stands for, on cumulative scales.
        public var phase: String?
        public var label: LocalisedText
    }

    public struct Value: Sendable, Hashable {
        public var id: String
        public var meets: Bool
        public var notApplicable: Bool
        public var label: LocalisedText
    }

    public enum Kind: Sendable, Hashable {
        case numeric(min: Int, max: Int, bands: [Band], cumulative: Bool)
        case ordinal([Value])
    }

    public var id: String
    public var title: LocalisedText
    public var kind: Kind

    public init(id: String, title: LocalisedText, kind: Kind) {
        self.id = id
        self.title = title
        self.kind = kind
    }

    /// The band a numeric score falls in.
    public func band(for score: Int) -> Band? {
        guard case .numeric(_, _, let bands, _) = kind else { return nil }
        return bands.first { $0.min <= score && score <= $0.max }
    }

    /// The phases a cumulative score at `band` requires: every phase of the bands below it
    /// and its own (the band "none" requires nothing).
    public func requiredPhases(upTo band: Band) -> [String] {
        guard case .numeric(_, _, let bands, true) = kind else { return [] }
        return bands.filter { $0.min <= band.min }.compactMap(\.phase).filter { $0 != "none" && $0 != "pdca" }
    }
}
