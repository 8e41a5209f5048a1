import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Reading an uploaded package: bounded before a byte is checked (413 beyond the limit), and
/// named by the uploader's file name when they send one, so that reports name the same file
/// the command line would.
enum Upload {
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw tooLarge(limit)
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            guard buffer.readableBytes > 0 else { throw APIError(.badRequest, "The request has no body: send the package zip.") }
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw tooLarge(limit)
        }
    }

    private static func tooLarge(_ limit: Int) -> APIError {
        APIError(
            .contentTooLarge,
            "The package is larger than this server takes (\(limit / 1_048_576) MiB); split the evidence or ask the administrator to raise --max-upload."
        )
    }

    /// The file name from `Content-Disposition: attachment; filename="x.zip"` or `?name=`,
    /// reduced to a plain name ending in `.zip`.
    static func fileName(_ request: Request) -> String? {
        var candidate = request.uri.queryParameters.get("name")
        if candidate == nil, let disposition = request.headers[.contentDisposition],
            let range = disposition.range(of: "filename=")
        {
            candidate = String(disposition[range.upperBound...]).split(separator: ";").first.map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            }
        }
        guard let name = candidate?.split(separator: "/").last.map(String.init),
            (1...200).contains(name.count), name.lowercased().hasSuffix(".zip"),
            !name.hasPrefix("."), !name.contains(where: { $0.isNewline || $0 == "\\" })
        else { return nil }
        return name
    }
}
