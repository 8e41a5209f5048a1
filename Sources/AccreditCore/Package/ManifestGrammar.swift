import AccreditXML

/// The manifest format of `Schemas/package.xsd`, checked in Swift while the manifest is read.
/// Validating a large manifest against the XSD with libxml2 costs more than parsing it, so
/// the reader enforces the same grammar itself; a test keeps the two in agreement on every
/// example and fixture.
enum ManifestGrammar {
    enum ValueType {
        case text, token, id, idList, date, decimal, sha256, positiveInteger
        case choice([String])

        /// Nil if `value` is valid, else the expected form in words.
        func problem(_ value: String) -> LocalisedText? {
            switch self {
            case .text: return nil
            case .token:
                return value.isEmpty ? LocalisedText(da: "en ikke-tom værdi", en: "a non-empty value") : nil
            case .id:
                return ManifestGrammar.isID(value)
                    ? nil
                    : LocalisedText(da: "et id (bogstaver, cifre, . _ -)", en: "an id (letters, digits, . _ -)")
            case .idList:
                return ManifestGrammar.isIDList(value)
                    ? nil
                    : LocalisedText(da: "en liste af id'er adskilt af mellemrum", en: "a space-separated list of ids")
            case .date:
                return Day(iso: value) != nil ? nil : LocalisedText(da: "en dato ÅÅÅÅ-MM-DD", en: "a date YYYY-MM-DD")
            case .decimal:
                return ManifestGrammar.isDecimal(value)
                    ? nil : LocalisedText(da: "et decimaltal som 12.5", en: "a decimal number like 12.5")
            case .sha256:
                return value.utf8.count == 64 && value.withUTF8Bytes({ $0.allSatisfy(ManifestGrammar.isHex) })
                    ? nil
                    : LocalisedText(da: "64 hexadecimale tegn", en: "64 hexadecimal characters")
            case .positiveInteger:
                return (Int(value) ?? 0) > 0 ? nil : LocalisedText(da: "et positivt heltal", en: "a positive whole number")
            case .choice(let options):
                return options.contains(value)
                    ? nil
                    : LocalisedText(
                        da: "en af \(options.joined(separator: ", "))", en: "one of \(options.joined(separator: ", "))")
            }
        }
    }

    /// A class, so that handing out an entry's grammar retains one reference.
    final class Element: Sendable {
        let required: [(String, ValueType)]
        let optional: [(String, ValueType)]
        let children: [String]
        let requiredChildren: [String]

        init(
            required: [(String, ValueType)], optional: [(String, ValueType)] = [], children: [String] = [],
            requiredChildren: [String] = []
        ) {
            self.required = required
            self.optional = optional
            self.children = children
            self.requiredChildren = requiredChildren
        }
    }

    static let organisation = Element(required: [("name", .text)], optional: [("id", .token)])
    static let unit = Element(required: [("id", .id), ("name", .text)], optional: [("level", .choice(["concern", "sector"]))])
    static let assessment = Element(required: [("date", .date), ("periodStart", .date), ("periodEnd", .date)])
    static let claim = Element(required: [("standard", .id), ("version", .token)])
    static let answer = Element(required: [("requirement", .id), ("score", .token)], optional: [("phases", .idList)])
    static let evidence = Element(
        required: [("id", .id), ("requirements", .idList), ("kind", .id), ("path", .text), ("issued", .date)],
        optional: [("expires", .date), ("sha256", .sha256)], children: ["title"])
    static let indicator = Element(
        required: [("id", .id), ("unit", .text), ("periodStart", .date), ("periodEnd", .date)],
        optional: [("value", .decimal), ("missing", .choice(["true", "false", "1", "0"]))])
    static let exemption = Element(
        required: [
            ("requirement", .id), ("type", .choice(["not-applicable", "waiver"])),
            ("approvedBy", .text), ("approved", .date),
        ],
        optional: [("expires", .date)], children: ["justification"], requiredChildren: ["justification"])

    /// The grammar of the entry named `name`. A switch rather than a dictionary: it runs for
    /// every entry, and names are compared without hashing them.
    static func grammar(of name: String) -> Element? {
        switch name {
        case "evidence": return evidence
        case "answer": return answer
        case "indicator": return indicator
        case "exemption": return exemption
        case "claim": return claim
        case "assessment": return assessment
        case "unit": return unit
        case "organisation": return organisation
        default: return nil
        }
    }

    /// No attribute value or text in a manifest needs more; longer ones are refused rather
    /// than carried through every report.
    static let maxFieldLength = 65_536

    /// The first problem with `element` against its grammar, if any.
    static func problem(with element: XMLElementValue, named name: String) -> LocalisedText? {
        guard let spec = grammar(of: name) else {
            return LocalisedText(da: "ukendt element <\(name)>", en: "unknown element <\(name)>")
        }
        var known = 0
        for index in spec.required.indices {
            let (attribute, type) = spec.required[index]
            guard let value = element.attribute(attribute) else {
                return LocalisedText(
                    da: "<\(name)> mangler attributten \(attribute)", en: "<\(name)> lacks the attribute \(attribute)")
            }
            known += 1
            if let problem = lengthProblem(value, attribute) { return problem }
            if let expected = type.problem(value) {
                return LocalisedText(
                    da: "\(attribute)=\"\(value)\" skal være \(expected.text(.da))",
                    en: "\(attribute)=\"\(value)\" must be \(expected.text(.en))")
            }
        }
        for index in spec.optional.indices {
            let (attribute, type) = spec.optional[index]
            guard let value = element.attribute(attribute) else { continue }
            known += 1
            if let problem = lengthProblem(value, attribute) { return problem }
            if let expected = type.problem(value) {
                return LocalisedText(
                    da: "\(attribute)=\"\(value)\" skal være \(expected.text(.da))",
                    en: "\(attribute)=\"\(value)\" must be \(expected.text(.en))")
            }
        }
        if element.attributeCount > known {
            let allowed = Set((spec.required + spec.optional).map(\.0))
            let unknown = element.attributes.map(\.name).first { !allowed.contains($0) } ?? "?"
            return LocalisedText(
                da: "<\(name)> har en ukendt attribut \(unknown)", en: "<\(name)> has an unknown attribute \(unknown)")
        }
        var seen: [String] = []  // at most the one or two children an entry may have
        // By index: a `for` loop would copy each child element.
        for index in element.children.indices {
            let childName = element.children[index].name
            if !spec.children.contains(childName) || seen.contains(childName) {
                return LocalisedText(da: "<\(childName)> er ikke tilladt her", en: "<\(childName)> is not allowed here")
            }
            seen.append(childName)
            if element.children[index].text.utf8.count > maxFieldLength {
                return LocalisedText(
                    da: "<\(childName)> er længere end \(maxFieldLength) bytes",
                    en: "<\(childName)> is longer than \(maxFieldLength) bytes")
            }
        }
        if name == "answer", element.text.utf8.count > maxFieldLength {
            return LocalisedText(
                da: "svarets kommentar er længere end \(maxFieldLength) bytes",
                en: "the answer's comment is longer than \(maxFieldLength) bytes")
        }
        for child in spec.requiredChildren where !seen.contains(child) {
            return LocalisedText(da: "<\(name)> mangler <\(child)>", en: "<\(name)> lacks <\(child)>")
        }
        return nil
    }

    private static func lengthProblem(_ value: String, _ attribute: String) -> LocalisedText? {
        value.utf8.count > maxFieldLength
            ? LocalisedText(
                da: "\(attribute) er længere end \(maxFieldLength) bytes",
                en: "\(attribute) is longer than \(maxFieldLength) bytes")
            : nil
    }

    static func isID(_ value: String) -> Bool {
        value.withUTF8Bytes(isID)
    }

    private static func isID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var first = true
        for byte in bytes {
            let alnum = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if first {
                guard alnum else { return false }
                first = false
            } else if !(alnum || byte == 0x2E || byte == 0x5F || byte == 0x2D) {
                return false
            }
        }
        return !first
    }

    /// One or more ids separated by spaces (as `split(separator: " ")` reads them), checked
    /// on the bytes without splitting.
    static func isIDList(_ value: String) -> Bool {
        value.withUTF8Bytes(isIDList)
    }

    private static func isIDList(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0
        var inID = false
        for byte in bytes {
            if byte == 0x20 {
                inID = false
                continue
            }
            let alnum = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if !inID {
                guard alnum else { return false }
                inID = true
                count += 1
            } else if !(alnum || byte == 0x2E || byte == 0x5F || byte == 0x2D) {
                return false
            }
        }
        return count > 0
    }

    static func isDecimal(_ value: String) -> Bool {
        value.withUTF8Bytes(isDecimal)
    }

    private static func isDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        var dots = 0
        var index = 0
        for byte in bytes {
            defer { index += 1 }
            if (0x30...0x39).contains(byte) {
                digits += 1
            } else if byte == 0x2E {
                dots += 1
            } else if index == 0 && (byte == 0x2D || byte == 0x2B) {
                continue
            } else {
                return false
            }
        }
        return digits > 0 && dots <= 1
    }

    static func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
