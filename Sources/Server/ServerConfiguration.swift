/// How the server runs.
public struct ServerConfiguration: Sendable {
    /// Address to bind.
    public var host: String
    /// Port to bind.
    public var port: Int
    /// The published static site served beside the API; nil serves only the API and forms.
    public var siteDirectory: String?
    /// Comments one account may post per minute.
    public var commentsPerMinutePerAccount: Int
    /// Comments one address may post per minute (all accounts together).
    public var commentsPerMinutePerAddress: Int
    /// Mark the session cookie Secure (behind HTTPS).
    public var secureCookies: Bool
    /// A connection with no traffic for this long is closed (also between keep-alive requests).
    public var idleTimeout: Duration
    /// A request (headers and body) must arrive within this long, or its connection is closed.
    public var requestTimeout: Duration

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, siteDirectory: String? = nil,
                commentsPerMinutePerAccount: Int = 10, commentsPerMinutePerAddress: Int = 60, secureCookies: Bool = false,
                idleTimeout: Duration = .seconds(30), requestTimeout: Duration = .seconds(20)) {
        self.host = host
        self.port = port
        self.siteDirectory = siteDirectory
        self.commentsPerMinutePerAccount = commentsPerMinutePerAccount
        self.commentsPerMinutePerAddress = commentsPerMinutePerAddress
        self.secureCookies = secureCookies
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
    }
}
