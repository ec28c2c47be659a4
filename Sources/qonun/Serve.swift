import ArgumentParser
import Consultation
import Foundation
import Logging
import Server

/// `qonun serve`: the consultation API, the forms and the published site.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the published site, the JSON API under /api/v1 and the comment forms.",
        discussion: """
        Logs one structured line per request; stops gracefully on SIGINT or SIGTERM. A connection idle for
        --idle-timeout seconds is closed, and so is one whose request (headers and body) has not fully arrived
        --request-timeout seconds after the server started waiting for it (slow clients cannot hold connections).

        API: GET /api/v1/search?q=...; POST /api/v1/session {name, password} → {token}; GET /api/v1/consultations[/ID];
        GET|POST /api/v1/consultations/ID/comments; POST /api/v1/comments/ID/votes|flags|moderation|disposition;
        GET /api/v1/consultations/ID/report|export.csv|export.json. Forms: /login, /consultations/ID.

        Examples:
          qonun serve --db qonun.sqlite --site public --port 8080
        """
    )

    @OptionGroup var registry: RegistryOptions
    @Option(help: "The published site to serve (qonun publish --out).") var site: String?
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Option(help: "Comments one account may post per minute.") var commentsPerMinute = 10
    @Option(help: "Comments one address may post per minute.") var commentsPerMinutePerAddress = 60
    @Option(help: "Seconds without traffic before a connection is closed.") var idleTimeout = 30
    @Option(help: "Seconds a client has to send a whole request before its connection is closed.") var requestTimeout = 20

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
        guard idleTimeout > 0, requestTimeout > 0 else { throw ValidationError("--idle-timeout and --request-timeout must be at least 1 second.") }
        if let site {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--site '\(site)' is not a folder; publish the site first: qonun publish --out \(site)")
            }
        }
    }

    func run() async throws {
        let store = try registry.openConsultations(command: "serve")
        var logger = Logger(label: "qonun")
        logger.logLevel = .info
        let configuration = ServerConfiguration(host: host, port: port, siteDirectory: site,
                                                commentsPerMinutePerAccount: commentsPerMinute,
                                                commentsPerMinutePerAddress: commentsPerMinutePerAddress,
                                                idleTimeout: .seconds(idleTimeout), requestTimeout: .seconds(requestTimeout))
        logger.info("serving", metadata: ["url": "http://\(host):\(port)/", "site": "\(site ?? "-")", "db": "\(registry.path)"])
        try await QonunServer.application(store: store, configuration: configuration, logger: logger).runService()
    }
}
