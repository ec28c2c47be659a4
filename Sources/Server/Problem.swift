import Consultation
import Foundation
public import Hummingbird

/// An error answered as `application/problem+json` (RFC 9457) with a sentence a person understands.
public struct Problem: HTTPResponseError {
    public let status: HTTPResponse.Status
    /// The sentence.
    public let detail: String

    /// Creates a problem.
    public init(_ status: HTTPResponse.Status, _ detail: String) {
        self.status = status
        self.detail = detail
    }

    /// The problem for a consultation rule that refused a request.
    init(_ error: ConsultationError) {
        switch error.kind {
        case .unauthenticated: status = .unauthorized
        case .forbidden: status = .forbidden
        case .notFound: status = .notFound
        case .conflict: status = .conflict
        case .invalid: status = .unprocessableContent
        case .throttled: status = .tooManyRequests
        case .storage: status = .internalServerError
        }
        detail = error.message
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body: [String: String] = ["type": "about:blank", "title": status.reasonPhrase, "detail": detail]
        var object = body as [String: Any]
        object["status"] = Int(status.code)
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"qonun\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
