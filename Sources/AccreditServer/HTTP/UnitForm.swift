import AccreditCore
import Foundation

/// The checks a new unit passes, the same from the API and the administration page.
enum UnitForm {
    static func validate(id: String, name: String, level: String, parent: String?) throws -> Unit {
        guard Unit.isValidID(id) else {
            throw APIError(
                .badRequest,
                "A unit id is 1 to 100 letters, digits, '-', '_' or '.', starting with a letter or digit (as in the package's <unit id>), not \"\(id)\"."
            )
        }
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        // At most 200 as the OpenAPI document counts (JSON Schema's maxLength: code points of
        // the value as sent, spaces and combining marks included), not as a reader does.
        guard !trimmed.isEmpty, name.unicodeScalars.count <= 200, !trimmed.contains(where: \.isNewline),
            !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw APIError(.badRequest, "A unit's name is 1 to 200 characters on one line.")
        }
        guard let level = Level(rawValue: level) else {
            throw APIError(.badRequest, "level must be \"concern\" or \"sector\", not \"\(level)\".")
        }
        var parentID: String?
        if let parent, !parent.isEmpty {
            guard Unit.isValidID(parent), parent != id else {
                throw APIError(.badRequest, "parent must be the id of another unit, not \"\(parent)\".")
            }
            parentID = parent
        }
        return Unit(id: id, name: trimmed, level: level, parent: parentID)
    }
}
