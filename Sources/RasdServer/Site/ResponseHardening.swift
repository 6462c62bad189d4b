import HTTPTypes
import Hummingbird
import Logging

/// On every response: a Content-Security-Policy that runs only the UI's own script file (so text
/// from an article can never become script, even if it reached the page as markup), no MIME
/// sniffing, no framing, no referrer. And every failure, routed or not, as the API's JSON error.
struct ResponseHardening: RouterMiddleware {
    typealias Context = BasicRequestContext

    static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
        "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = try error.response(from: request, context: context)
        } catch let error as any HTTPResponseError where error.status == .notFound && !CorpusAPI.methods(at: request.uri.path).isEmpty {
            let allowed = CorpusAPI.methods(at: request.uri.path)
            response = try APIError.methodNotAllowed("\(request.uri.path) answers \(allowed.joined(separator: " and ")), not \(request.method)")
                .response(from: request, context: context)
            response.headers[.allow] = allowed.joined(separator: ", ")
        } catch let error as any HTTPResponseError {
            let message = error.status == .notFound ? "no route \(request.method) \(request.uri.path)" : "\(error.status.reasonPhrase.lowercased())"
            let code = error.status == .notFound ? "not_found" : error.status == .contentTooLarge ? "too_large" : "bad_request"
            response = try APIError(status: error.status, code: code, message: message).response(from: request, context: context)
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            response = try APIError.internalError("the server failed on this request").response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "no-referrer"
        response.headers[Self.frameOptions] = "DENY"
        return response
    }
}
