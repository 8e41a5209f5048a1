import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// The fields and files of a `multipart/form-data` form (evidence and package uploads), read
/// up to a bound: 413 beyond it, 400 for a body that is not such a form.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        /// The file name the browser sent, for file fields.
        var fileName: String?
        var bytes: [UInt8]
    }

    private(set) var parts: [Part] = []

    /// The first text field named `name`.
    subscript(name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// Every text field named `name`, in order (checkboxes).
    func values(_ name: String) -> [String] {
        parts.filter { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The file sent in field `name`, when one was chosen.
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.fileName.map { !$0.isEmpty } ?? false }
    }

    static func read(_ request: Request, limit: Int) async throws -> MultipartForm {
        guard let type = request.headers[.contentType], let boundary = boundary(type) else {
            throw PageError(
                .unsupportedMediaType, da: "Formularen skal sendes som multipart/form-data.",
                en: "Send the form as multipart/form-data.")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw tooLarge(limit) }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw tooLarge(limit)
        }
        return try parse(Array(buffer.readableBytesView), boundary: boundary)
    }

    static func parse(_ body: [UInt8], boundary: String) throws -> MultipartForm {
        final class Collector {
            var parts: [Part] = []
            var headers: [(String, String)] = []
            var bytes: [UInt8] = []
        }
        let collector = Collector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.headers.append((name, value)) }
        parser.onBody = { buffer in collector.bytes += buffer.readableBytesView }
        parser.onPartComplete = {
            let disposition = collector.headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
            let parameters = Self.parameters(disposition)
            if let name = parameters["name"] {
                collector.parts.append(Part(name: name, fileName: parameters["filename"], bytes: collector.bytes))
            }
            collector.headers = []
            collector.bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw unreadable
        }
        guard !collector.parts.isEmpty else { throw unreadable }
        return MultipartForm(parts: collector.parts)
    }

    /// The boundary of `multipart/form-data; boundary=…`.
    static func boundary(_ contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            let value = piece.dropFirst("boundary=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return (1...70).contains(value.count) ? value : nil
        }
        return nil
    }

    /// `form-data; name="x"; filename="y"` as its parameters.
    static func parameters(_ disposition: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(disposition)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = rest[rest.index(after: equals)...]
            if value.first == "\"" {
                value = value.dropFirst()
                var text = ""
                var escaped = false
                var end = value.endIndex
                for index in value.indices {
                    let character = value[index]
                    if escaped {
                        text.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        end = index
                        break
                    } else {
                        text.append(character)
                    }
                }
                result[key] = text
                rest = end < value.endIndex ? value[value.index(after: end)...] : ""
            } else {
                let end = value.firstIndex(of: ";") ?? value.endIndex
                result[key] = value[..<end].trimmingCharacters(in: .whitespaces)
                rest = value[end...]
            }
        }
        return result
    }

    private static let unreadable = PageError(
        .badRequest, da: "Formularen kan ikke læses: den er ikke gyldig multipart/form-data.",
        en: "The form could not be read: it is not valid multipart/form-data.")

    private static func tooLarge(_ limit: Int) -> PageError {
        PageError(
            .contentTooLarge,
            da:
                "Det sendte er større end de \(limit / 1_048_576) MiB, serveren tager imod; del dokumentationen op, eller bed administratoren hæve grænsen.",
            en:
                "The upload is larger than the \(limit / 1_048_576) MiB this server takes; split the evidence or ask the administrator to raise the limit."
        )
    }
}
