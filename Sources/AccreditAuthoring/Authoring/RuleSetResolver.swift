import AccreditCore
import Crypto

/// Flattens a layered rule set (its `extends` chain, transitively) into one self-contained
/// rule file in the same format: no `extends`, every rule it uses defined in the file with its
/// default parameters, every use with the arguments that differ from those defaults, the
/// policy and the manual assessments kept. Loaded in place of the layered files, the result
/// verifies every requirement with the same rules and parameters, so packages get the same
/// report (only rule locations and content hashes differ).
///
/// The output is deterministic: requirements in the standard's document order, rules by id,
/// parameters by name. The header comment carries a SHA-256 of the canonical content, the
/// file from the line starting `<rules` to its end, that a pipeline can pin.
public struct RuleSetResolver: Sendable {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    /// The flattened rule set `id`, or nil if no rule set with that id is loaded.
    public func resolve(_ id: String) -> ResolvedRuleSet? {
        guard let set = catalogue.ruleSets[id] else { return nil }
        let chain = layers(of: set)
        let rules: [Rule]
        if set.standardID == nil {
            // A library verifies nothing: flatten every rule it can see, nearest layer first.
            var visible: [String: Rule] = [:]
            for layer in chain { for rule in layer.rules.values where visible[rule.id] == nil { visible[rule.id] = rule } }
            rules = visible.values.sorted { $0.id < $1.id }
        } else {
            var used: [String: Rule] = [:]
            for uses in set.verifications.values { for use in uses { used[use.rule.id] = use.rule } }
            rules = used.values.sorted { $0.id < $1.id }
        }
        let canonical = Self.canonical(set, rules: rules, order: requirementOrder(of: set))
        let hash = Hex.string(SHA256.hash(data: Array(canonical.utf8)))
        return ResolvedRuleSet(
            id: set.id, version: set.version, standardID: set.standardID,
            layers: chain.map { ResolvedRuleSet.Layer(id: $0.id, version: $0.version, contentHash: $0.contentHash) },
            ruleCount: rules.count, contentHash: hash,
            text: Self.header(set, chain: chain, hash: hash) + canonical)
    }

    /// The SHA-256 of a flattened file's canonical content (from the line starting `<rules`),
    /// so a pinned hash can be checked against a file; nil if the text has no such line.
    public static func contentHash(ofFileText text: String) -> String? {
        guard let start = text.range(of: "\n<rules ") else { return nil }
        let canonical = text[text.index(after: start.lowerBound)...]
        return Hex.string(SHA256.hash(data: Array(canonical.utf8)))
    }

    /// The set, then the sets it extends, breadth first, each once: the order rules are looked up in.
    func layers(of set: RuleSet) -> [RuleSet] {
        var queue = [set.id]
        var seen: Set<String> = []
        var result: [RuleSet] = []
        while !queue.isEmpty {
            let current = queue.removeFirst()
            guard seen.insert(current).inserted, let layer = catalogue.ruleSets[current] else { continue }
            result.append(layer)
            queue += layer.extends
        }
        return result
    }

    /// Requirement ids in the standard's document order; any the standard lacks, by id, last.
    private func requirementOrder(of set: RuleSet) -> [String] {
        let listed = Set(set.verifications.keys).union(set.manual.keys)
        let documented = (set.standardID.flatMap { catalogue.standards[$0] }?.requirements.map(\.id) ?? [])
            .filter { listed.contains($0) }
        return documented + listed.subtracting(documented).sorted()
    }

    // MARK: - Writing

    private static func header(_ set: RuleSet, chain: [RuleSet], hash: String) -> String {
        let target = set.standardID.map { " for standard \($0)" } ?? " (rule library)"
        let sources = chain.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Resolved rule set \(comment(set.id)) \(comment(set.version))\(comment(target)).
                 Flattened by accredit resolve from: \(comment(sources)).
                 Edit the layered files and resolve again rather than editing this file.
                 content-sha256: \(hash)
                 (SHA-256 of this file from the line starting "<rules" to the end) -->

            """
    }

    static func canonical(_ set: RuleSet, rules: [Rule], order: [String]) -> String {
        var lines: [String] = []
        var root =
            #"<rules xmlns="\#(Namespace.rules)" formatVersion="\#(FormatVersion.rules)" id="\#(attribute(set.id))" version="\#(attribute(set.version))""#
        if let standard = set.standardID { root += #" standard="\#(attribute(standard))""# }
        lines.append(root + ">")
        lines += localised("title", set.title, indent: 2)
        lines += localised("description", set.description, indent: 2)
        if let policy = set.policy {
            lines.append(
                #"  <policy decision="\#(policy.decision.rawValue)" ready="\#(decimal(policy.readyBasisPoints))" readyWithRemarks="\#(decimal(policy.readyWithRemarksBasisPoints))">"#
            )
            lines += localised("note", policy.note, indent: 4)
            lines += policy.critical.map { #"    <critical requirement="\#(attribute($0))"/>"# }
            lines.append("  </policy>")
        }
        for rule in rules {
            lines.append(#"  <rule id="\#(attribute(rule.id))" check="\#(rule.check.rawValue)">"#)
            lines += localised("title", rule.title, indent: 4)
            lines += arguments("param", rule.parameters, indent: 4)
            lines.append("  </rule>")
        }
        for requirement in order {
            if let uses = set.verifications[requirement] {
                lines.append(#"  <verify requirement="\#(attribute(requirement))">"#)
                for use in uses {
                    let step = use.step.map { #" step="\#($0)""# } ?? ""
                    let with = use.parameters.filter { use.rule.parameters[$0.key] != $0.value }
                    if with.isEmpty {
                        lines.append(#"    <use rule="\#(attribute(use.rule.id))"\#(step)/>"#)
                    } else {
                        lines.append(#"    <use rule="\#(attribute(use.rule.id))"\#(step)>"#)
                        lines += arguments("with", with, indent: 6)
                        lines.append("    </use>")
                    }
                }
                lines.append("  </verify>")
            } else if let manual = set.manual[requirement] {
                lines.append(#"  <manual requirement="\#(attribute(requirement))">"#)
                lines += localised("reason", manual.reason, indent: 4)
                lines.append("  </manual>")
            }
        }
        lines.append("</rules>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func localised(_ name: String, _ text: LocalisedText, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return Language.allCases.compactMap { language in
            text[language].map { #"\#(pad)<\#(name) xml:lang="\#(language.rawValue)">\#(content($0))</\#(name)>"# }
        }
    }

    private static func arguments(_ name: String, _ values: [String: String], indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return values.sorted { $0.key < $1.key }.map {
            #"\#(pad)<\#(name) name="\#(attribute($0.key))">\#(content($0.value))</\#(name)>"#
        }
    }

    /// A share in basis points as the shortest decimal that reads back exactly: 10000 → 1.0, 8500 → 0.85.
    static func decimal(_ basisPoints: Int) -> String {
        var fraction = String(basisPoints % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.count > 1 && fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(basisPoints / 10_000).\(fraction)"
    }

    private static func content(_ text: String) -> String { MarkupEscape.xmlText(text) }

    private static func attribute(_ text: String) -> String { MarkupEscape.xml(text) }

    private static func comment(_ text: String) -> String {
        var out = text
        while out.contains("--") { out = out.replacingOccurrences(of: "--", with: "- -") }
        return out
    }
}

/// A flattened rule set: the file's text, its content hash and where it came from.
public struct ResolvedRuleSet: Sendable, Hashable {
    public struct Layer: Sendable, Hashable {
        public var id: String
        public var version: String
        /// SHA-256 of the layer's file bytes.
        public var contentHash: String
    }

    public var id: String
    public var version: String
    public var standardID: String?
    /// The rule set itself, then every set it extends, breadth first.
    public var layers: [Layer]
    public var ruleCount: Int
    /// SHA-256 of the canonical content (the file from the line starting `<rules`).
    public var contentHash: String
    /// The whole file: XML declaration, header comment, canonical content.
    public var text: String
}
