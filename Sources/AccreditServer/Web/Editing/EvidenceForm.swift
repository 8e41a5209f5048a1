import AccreditAuthoring
import AccreditCore
import Crypto
import Foundation

/// The evidence form applied to a draft: the uploaded file goes to `evidence/<its name>` (made
/// plain and unique), and an `<evidence>` entry with the kind, title, dates, the requirements it
/// documents and the file's SHA-256 is added, with an id made from the title.
///
/// Fields: `file`, `kind`, `title`, `issued`, `expires`, `requirements` (repeated).
enum EvidenceForm {
    /// The kinds offered: every kind a rule of the catalogue accepts, and those already used.
    static func kinds(_ catalogue: Catalogue, draft: DraftPackage?) -> [String] {
        var kinds = Set<String>()
        for ruleSet in catalogue.ruleSets.values {
            for uses in ruleSet.verifications.values {
                for use in uses { kinds.formUnion(use.supply(scale: nil).evidenceKinds) }
            }
        }
        kinds.formUnion(draft?.evidence.map(\.kind) ?? [])
        return kinds.filter(isID).sorted()
    }

    static func add(_ form: MultipartForm, to draft: inout DraftPackage, catalogue: Catalogue) -> [LocalisedText] {
        var problems: [LocalisedText] = []
        func problem(_ da: String, _ en: String) { problems.append(LocalisedText(da: da, en: en)) }
        let file = form.file("file")
        if file == nil || file?.bytes.isEmpty == true {
            problem("Vælg en fil med indhold.", "Choose a file with content.")
        }
        let kind = (form["kind"] ?? "").trimmingCharacters(in: .whitespaces)
        if !isID(kind) || kind.count > 100 { problem("Vælg en type.", "Choose a kind.") }
        var title = EvaluationForm.oneLine(form["title"] ?? "")
        if title.isEmpty, let name = file?.fileName { title = EvaluationForm.oneLine(plainName(name)) }
        if title.isEmpty || title.count > 500 {
            problem("Titlen er 1 til 500 tegn.", "The title is 1 to 500 characters.")
        }
        let issued = Day(iso: (form["issued"] ?? "").trimmingCharacters(in: .whitespaces))
        if issued == nil { problem("Angiv datoen dokumentet er udstedt.", "Give the date the document was issued.") }
        let expiresText = (form["expires"] ?? "").trimmingCharacters(in: .whitespaces)
        let expires = expiresText.isEmpty ? nil : Day(iso: expiresText)
        if !expiresText.isEmpty && expires == nil {
            problem("Udløbsdatoen skal være en dato.", "The expiry must be a date.")
        }
        if let issued, let expires, expires < issued {
            problem("Dokumentet kan ikke udløbe før det er udstedt.", "The document cannot expire before it was issued.")
        }
        let claimed = Set(EvaluationForm.requirements(of: draft, in: catalogue).map(\.id))
        var requirements: [String] = []
        for id in form.values("requirements") where !requirements.contains(id) {
            if claimed.contains(id) {
                requirements.append(id)
            } else {
                problem(
                    "\"\(id)\" er ikke et krav i de valgte standarder.", "\"\(id)\" is not a requirement of the chosen standards."
                )
            }
        }
        if requirements.isEmpty {
            problem("Vælg de krav, dokumentet dokumenterer.", "Choose the requirements the document documents.")
        }
        guard problems.isEmpty, let file, let issued else { return problems }

        let path = uniquePath("evidence/" + plainName(file.fileName ?? "document"), taken: Set(draft.files.keys))
        let id = uniqueID(slug(title), taken: Set(draft.evidence.map(\.id)))
        let digest = SHA256.hash(data: file.bytes).map { String(format: "%02x", $0) }.joined()
        draft.files[path] = file.bytes
        draft.evidence.append(
            DraftPackage.Evidence(
                id: id, requirements: requirements, kind: kind, path: path, issued: issued, expires: expires,
                sha256: digest, title: title))
        return []
    }

    /// Whether `text` is an id of the manifest's schema: `[A-Za-z0-9][A-Za-z0-9._-]*`.
    static func isID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isAlphanumeric(first) else { return false }
        return text.unicodeScalars.allSatisfy { isAlphanumeric($0) || "._-".unicodeScalars.contains($0) }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// An id from a title: lower case, Danish letters spelled out, words joined by "-".
    static func slug(_ text: String) -> String { IdentifierSlug.make(text, fallback: "dokument", maxLength: 60) }

    /// A file name without folders, safe in a path and a zip: plain letters, digits, `.`, `-`, `_`.
    static func plainName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let dot = last.lastIndex(of: ".")
        let stem = dot.map { String(last[..<$0]) } ?? last
        let ext = dot.map { String(last[last.index(after: $0)...]) } ?? ""
        let plainExt = String(ext.lowercased().filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.prefix(10))
        let plainStem = slug(stem)
        return plainExt.isEmpty ? plainStem : plainStem + "." + plainExt
    }

    static func uniquePath(_ path: String, taken: Set<String>) -> String {
        guard taken.contains(path) else { return path }
        let dot = path.lastIndex(of: ".").flatMap { $0 > (path.lastIndex(of: "/") ?? path.startIndex) ? $0 : nil }
        let stem = dot.map { String(path[..<$0]) } ?? path
        let ext = dot.map { String(path[$0...]) } ?? ""
        var number = 2
        while taken.contains("\(stem)-\(number)\(ext)") { number += 1 }
        return "\(stem)-\(number)\(ext)"
    }

    static func uniqueID(_ id: String, taken: Set<String>) -> String {
        guard taken.contains(id) else { return id }
        var number = 2
        while taken.contains("\(id)-\(number)") { number += 1 }
        return "\(id)-\(number)"
    }
}
