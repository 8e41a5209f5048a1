import Foundation
import HTTPTypes
import Hummingbird

/// An error a route answers with: a status and a message for the person or pipeline that sent
/// the request, as `{"error": {"status": 404, "message": "…"}}`. A 401 also says how to sign in.
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"accredit\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    var body: [UInt8] {
        JSONOut.bytes(["error": ErrorBody(status: Int(status.code), message: message)])
    }

    struct ErrorBody: Encodable {
        var status: Int
        var message: String
    }

    /// The same answer for "does not exist" and "not yours", so that ids cannot be probed.
    public static func notFound(_ what: String) -> APIError { APIError(.notFound, "\(what) was not found.") }

    public static let unauthorized = APIError(
        .unauthorized, "Sign in: send an API token as \"Authorization: Bearer TOKEN\" (accredit admin add-user prints one).")
}
