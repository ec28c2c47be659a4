public import Hummingbird
import NIOCore

/// The request context of every route: the client's address, for rate limits and sign-in throttling.
public struct QonunRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address, or "unknown" (as under the test framework).
    public let remoteAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Comment bodies are at most 5,000 characters; 64 KiB leaves room for JSON and forms, and refuses floods.
    public var maxUploadSize: Int { 64 * 1024 }
}
