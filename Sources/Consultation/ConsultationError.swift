/// Why a consultation operation was refused, as a sentence a person understands.
public struct ConsultationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of refusal; the server maps it to an HTTP status.
    public enum Kind: String, Sendable, Equatable {
        /// Not signed in, or the credentials are wrong (401).
        case unauthenticated
        /// Signed in but not allowed (403).
        case forbidden
        /// No such consultation, comment or account (404).
        case notFound
        /// The consultation is not open, or the name is taken (409).
        case conflict
        /// The input is invalid: unknown eId, empty or oversized body, reply too deep (422).
        case invalid
        /// Too many attempts (429).
        case throttled
        /// The database failed (500).
        case storage
    }

    /// What kind of refusal.
    public var kind: Kind
    /// The sentence.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
