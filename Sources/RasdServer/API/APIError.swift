import Foundation
import Hummingbird

/// Every failure the API reports, as one JSON shape:
/// `{"error": {"status": 404, "code": "not_found", "message": "no document seed-009"}}`.
struct APIError: HTTPResponseError {
    var status: HTTPResponse.Status
    /// A stable word a program can branch on: `bad_request`, `not_found`, `too_large`, …
    var code: String
    /// What went wrong, for a person.
    var message: String

    static func badRequest(_ message: String) -> APIError { APIError(status: .badRequest, code: "bad_request", message: message) }
    static func notFound(_ message: String) -> APIError { APIError(status: .notFound, code: "not_found", message: message) }
    static func tooLarge(_ message: String) -> APIError { APIError(status: .contentTooLarge, code: "too_large", message: message) }
    static func forbidden(_ message: String) -> APIError { APIError(status: .forbidden, code: "forbidden", message: message) }
    static func methodNotAllowed(_ message: String) -> APIError {
        APIError(status: .methodNotAllowed, code: "method_not_allowed", message: message)
    }
    static func internalError(_ message: String) -> APIError {
        APIError(status: .internalServerError, code: "internal", message: message)
    }

    private struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var code: String
            var message: String
        }
        var error: Detail
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(error: .init(status: status.code, code: code, message: message))
        return JSONBody.response(body, status: status)
    }
}
