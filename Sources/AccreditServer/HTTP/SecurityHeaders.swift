import AccreditReports
import Hummingbird

/// Headers a municipal IT department's scanner looks for, on every response: no external
/// resources may load (the pages and reports carry everything they need), no framing by other
/// sites, no MIME sniffing, no referrer to other sites.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = ServerContext

    /// The server's own pages: style sheet and images from here, forms posting only here.
    static let pagePolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'self'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        // Errors become responses here, not further out, so that they get the headers too.
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            // Anything else is the server's fault; its details go to the log, not the client.
            context.logger.error("unexpected error: \(error)")
            response = try APIError(.internalServerError, "The server could not answer this request.")
                .response(from: request, context: context)
        }
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.pagePolicy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
        response.headers[.xFrameOptions] = "SAMEORIGIN"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
