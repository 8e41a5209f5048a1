import AccreditXML

/// A quick first validation for large rule and standard files: the schema without the
/// identifier patterns, plus byte checks of the attributes those patterns apply to.
///
/// libxml2 checks an `xs:pattern` facet by running a regular-expression automaton, with
/// allocations, for every value: in a rule file of ten thousand requirements that is half of
/// all schema-validation time, spent on identifiers that are nearly always well-formed. A
/// document the screen accepts is valid against the whole schema: removing facets only
/// widens what a schema accepts, and `IdentifierPattern` accepts no more than the patterns
/// it replaces. A document it does not accept is validated again against the whole schema,
/// so that findings read exactly as libxml2 words them.
///
/// The screen is derived from the schema's own text, and only when every pattern in it is
/// one `IdentifierPattern` knows and every use of a patterned type is an attribute or a list
/// of them; for any other schema there is no screen and documents are validated whole.
package struct SchemaScreen: Sendable {
    let widened: XMLSchema
    /// Attribute local names, each with the pattern its values must match.
    let attributes: [String]
    let patterns: [IdentifierPattern]

    /// Files smaller than this many bytes are validated whole: the screen would save them
    /// less than compiling it costs.
    package static let worthFrom = 256 * 1024

    /// Whether `document` is valid against the whole schema, as far as the screen can tell:
    /// false means "validate it whole", not "invalid".
    package func accepts(_ document: XMLDocument) -> Bool {
        guard widened.validate(document).isEmpty else { return false }
        let tests = patterns.map { pattern in { (value: UnsafeBufferPointer<UInt8>) in pattern.matches(value) } }
        return document.attributes(named: attributes, satisfy: tests)
    }

    /// The screen of the schema `text`, or nil when the schema does not fit (see above). Read
    /// line by line as the schemas are written, one declaration per line, in bytes: this runs
    /// in every check of a large rule set.
    package init?(schemaText text: String, name: String) {
        let bytes = Array(text.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var patternOfType: [String: IdentifierPattern] = [:]
        var listOf: [String: String] = [:]
        var attributeTypes: [(attribute: String, type: String)] = []
        var elementTypes: [String] = []
        // Every quoted value, with the attribute that holds it.
        var references: [(key: String, value: String)] = []
        var currentType: String?
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let values = Self.values(in: line)
            func value(_ key: String) -> String? { values.first { $0.key == key }?.value }
            if Self.contains("<xs:simpleType", in: line) { currentType = value("name") }
            if Self.contains("<xs:pattern", in: line) {
                guard let type = currentType, patternOfType[type] == nil,
                    let pattern = value("value").flatMap(IdentifierPattern.init(xsdPattern:))
                else { return nil }
                patternOfType[type] = pattern
                continue  // the line left out of the widened schema
            }
            if Self.contains("<xs:list", in: line), let type = currentType, let item = value("itemType") {
                listOf[type] = item
            }
            if Self.contains("<xs:attribute ", in: line), let attribute = value("name"), let type = value("type") {
                attributeTypes.append((attribute, type))
            }
            if Self.contains("<xs:element ", in: line), let type = value("type") { elementTypes.append(type) }
            if Self.contains("</xs:simpleType>", in: line) { currentType = nil }
            references += values
            kept += line
            kept.append(0x0A)
        }
        guard !patternOfType.isEmpty else { return nil }
        for (list, item) in listOf {
            if case .single(let spelling) = patternOfType[item] { patternOfType[list] = .list(spelling) }
        }
        func patterned(_ type: String) -> Bool { patternOfType[type] != nil }
        // A patterned type may be named only where the screen knows it: its own definition,
        // a list's item type, an attribute's type, each declared on one line. An element of
        // such a type, or a type derived from it otherwise, is not screened.
        guard !elementTypes.contains(where: patterned),
            references.allSatisfy({ !patterned($0.value) || ["name", "itemType", "type"].contains($0.key) }),
            references.filter({ $0.key == "type" && patterned($0.value) }).count
                == attributeTypes.filter({ patterned($0.type) }).count,
            references.filter({ $0.key == "itemType" && patterned($0.value) }).count
                == listOf.values.filter(patterned).count
        else { return nil }
        var attributes: [String] = []
        var patterns: [IdentifierPattern] = []
        for (attribute, type) in attributeTypes {
            guard let pattern = patternOfType[type] else { continue }
            if let known = attributes.firstIndex(of: attribute) {
                guard patterns[known] == pattern else { return nil }
            } else {
                attributes.append(attribute)
                patterns.append(pattern)
            }
        }
        guard let widened = try? XMLSchema(kept, name: "\(name).xsd (screen)") else { return nil }
        self.widened = widened
        self.attributes = attributes
        self.patterns = patterns
    }

    private static func contains(_ needle: StaticString, in line: ArraySlice<UInt8>) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard line.count >= pattern.count else { return false }
        var start = line.startIndex
        while start + pattern.count <= line.endIndex {
            if line[start] == pattern[0], line[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
            start += 1
        }
        return false
    }

    /// The `key="value"` pairs of one line.
    private static func values(in line: ArraySlice<UInt8>) -> [(key: String, value: String)] {
        var result: [(String, String)] = []
        var index = line.startIndex
        while let equals = line[index...].firstIndex(of: 0x3D) {  // =
            let quote = equals + 1
            guard quote < line.endIndex, line[quote] == 0x22,
                let end = line[(quote + 1)...].firstIndex(of: 0x22)
            else {
                index = equals + 1
                continue
            }
            var keyStart = equals
            while keyStart > line.startIndex, line[keyStart - 1] != 0x20, line[keyStart - 1] != 0x3C { keyStart -= 1 }
            result.append(
                (
                    String(decoding: line[keyStart..<equals], as: UTF8.self),
                    String(decoding: line[(quote + 1)..<end], as: UTF8.self)
                ))
            index = end + 1
        }
        return result
    }
}
