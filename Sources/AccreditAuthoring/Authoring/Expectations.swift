import AccreditCore
import AccreditXML

/// The statuses an example package must produce, read from its `expected.xml`
/// (`Schemas/expectations.xsd`), each with the line it was written on.
public struct Expectations: Sendable {
    public struct Expectation: Sendable, Hashable {
        public var requirement: String
        public var status: RequirementStatus
        public var location: SourceLocation
    }

    public static let fileName = "expected.xml"

    public var title: LocalisedText
    public var asOf: Day?
    public var expectations: [Expectation]
    public var location: SourceLocation

    /// Reads and checks `path` against its schema.
    public static func read(_ path: String) throws(AccreditError) -> Expectations {
        let document = try XMLFileReader.parse(
            path, displayName: path, limit: 8 << 20,
            whenTooLarge: LocalisedText(
                da: "Fordel testene på flere forventningsfiler.", en: "Spread the tests over several expectation files."))
        guard let root = document.root, root.name == "expectations", root.namespaceURI == Namespace.expectations else {
            throw AccreditError(
                .invalid, at: SourceLocation(file: path, line: document.root?.line ?? 1),
                message: LocalisedText(
                    da: "forventede <expectations xmlns=\"\(Namespace.expectations)\">",
                    en: "expected <expectations xmlns=\"\(Namespace.expectations)\">"),
                hint: LocalisedText(da: "Se Schemas/expectations.xsd.", en: "See Schemas/expectations.xsd."))
        }
        if let version = Int(root.attribute("formatVersion") ?? ""), version > FormatVersion.expectations {
            throw AccreditError(
                .unsupportedVersion, at: SourceLocation(file: path, line: root.line),
                message: LocalisedText(
                    da:
                        "filen bruger formatversion \(version); denne accredit læser op til version \(FormatVersion.expectations)",
                    en: "the file uses format version \(version); this accredit reads up to version \(FormatVersion.expectations)"
                ),
                hint: LocalisedText(da: "Opgradér accredit.", en: "Upgrade accredit."))
        }
        if let first = SchemaLibrary.expectations.validate(document).first {
            throw AccreditError(
                .invalid, at: SourceLocation(file: path, line: first.line),
                message: LocalisedText(
                    da: "overholder ikke formatet: \(first.message)",
                    en: "does not follow the format: \(first.message)"),
                hint: LocalisedText(
                    da: "Ret elementet efter Schemas/expectations.xsd.",
                    en: "Fix the element according to Schemas/expectations.xsd."))
        }
        var list: [Expectation] = []
        root.forEachChild { child in
            guard child.name == "expect", let status = RequirementStatus(rawValue: child.attribute("status") ?? "") else {
                return
            }
            list.append(
                Expectation(
                    requirement: child.attribute("requirement") ?? "", status: status,
                    location: child.location(in: path)))
        }
        return Expectations(
            title: root.localised("title"), asOf: root.attribute("asOf").flatMap(Day.init(iso:)),
            expectations: list, location: root.location(in: path))
    }
}
