import AccreditTestSupport
import AccreditXML
import Foundation
import Testing

@testable import AccreditCore

/// The registry is the one list of check kinds; these fail when the rule schema (published or
/// embedded) or the README's table of check kinds says otherwise.
struct CheckRegistryTests {
    @Test func idsAndParameterNamesAreUnique() {
        let ids = CheckKind.registered.map(\.rawValue)
        #expect(Set(ids).count == ids.count)
        for kind in CheckKind.registered {
            let names = kind.parameterNames
            #expect(kind.isRegistered)
            #expect(Set(names).count == names.count, "\(kind.rawValue) declares a parameter twice")
        }
    }

    /// Both copies of the rule schema accept every registered kind in `check="…"`, and list
    /// no kinds of their own unless they are exactly the registered ones.
    @Test(arguments: ["published", "embedded"])
    func ruleSchemaAgreesWithTheRegistry(_ copy: String) throws {
        let text =
            copy == "embedded"
            ? EmbeddedSchemas.rules
            : try String(contentsOfFile: Fixtures.path("Schemas/rules.xsd"), encoding: .utf8)
        let schema = try XMLSchema(Array(text.utf8), name: "rules.xsd")
        for kind in CheckKind.registered {
            let diagnostics = schema.validate(try Self.ruleFile(kind.rawValue))
            #expect(diagnostics.isEmpty, "\(copy) rules.xsd refuses check=\"\(kind.rawValue)\": \(diagnostics.map(\.message))")
        }
        #expect(!schema.validate(try Self.ruleFile("Not A Kind")).isEmpty, "the schema still checks the spelling")
        let listed = try Self.enumeratedKinds(in: text)
        #expect(
            listed.isEmpty || listed == CheckKind.registered.map(\.rawValue),
            "\(copy) rules.xsd lists \(listed), the registry \(CheckKind.registered.map(\.rawValue))")
    }

    /// Every registered kind has a row in README.md's table of check kinds naming each of its
    /// parameters, and the table has no other rows.
    @Test func readmeTableAgreesWithTheRegistry() throws {
        let rows = try Self.readmeRows()
        #expect(rows.map(\.kind) == CheckKind.registered.map(\.rawValue), "README rows and registry differ")
        for kind in CheckKind.registered {
            guard let row = rows.first(where: { $0.kind == kind.rawValue }) else { continue }
            for name in kind.parameterNames {
                #expect(row.text.contains("`\(name)`"), "README row of \(kind.rawValue) lacks `\(name)`")
            }
        }
    }

    /// The rows of the table after the line introducing the check kinds, up to the next blank
    /// line, each as its kind (the first cell, in backticks) and its whole text.
    static func readmeRows() throws -> [(kind: String, text: String)] {
        let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasSuffix("The check kinds:") }, "README has no table of check kinds")
        var rows: [(kind: String, text: String)] = []
        for line in lines[(start + 1)...].drop(while: \.isEmpty) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count > 2, cells[1].hasPrefix("`") else { continue }  // the header and its rule
            rows.append((String(cells[1].dropFirst().dropLast()), line))
        }
        return rows
    }

    /// The `xs:enumeration` values of the `CheckKind` type, if the schema still lists any.
    static func enumeratedKinds(in schema: String) throws -> [String] {
        let document = try XMLDocument.parse(Array(schema.utf8), name: "rules.xsd")
        var values: [String] = []
        document.root?.forEachChild { type in
            guard type.name == "simpleType", type.attribute("name") == "CheckKind" else { return }
            type.forEachChild { restriction in
                restriction.forEachChild { facet in
                    if facet.name == "enumeration", let value = facet.attribute("value") { values.append(value) }
                }
            }
        }
        return values
    }

    static func ruleFile(_ kind: String) throws -> XMLDocument {
        try XMLDocument.parse(
            Array(
                """
                <rules xmlns="urn:accredit:rules" formatVersion="1" id="r" version="1">
                  <title xml:lang="en">R</title>
                  <rule id="a" check="\(kind)"><title xml:lang="en">A</title></rule>
                </rules>
                """.utf8), name: "kinds.rules.xml")
    }
}
