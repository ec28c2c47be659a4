public import Consultation
public import Hummingbird
public import Logging
import Foundation
internal import NIOCore

/// The Hummingbird application: the JSON API under /api/v1, the server-rendered forms, and the published
/// static site.
public enum QonunServer {
    /// Builds the router: API, forms, then static files.
    public static func router(store: ConsultationStore, configuration: ServerConfiguration) -> Router<QonunRequestContext> {
        let router = Router(context: QonunRequestContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        if let site = configuration.siteDirectory {
            router.add(middleware: FileMiddleware(site, searchForIndexHtml: true))
        }
        let limits = RateLimiter()
        APIRoutes(store: store, limits: limits, configuration: configuration).register(on: router)
        FormRoutes(store: store, limits: limits, configuration: configuration).register(on: router)
        router.get("api/v1/health") { _, _ in "ok" }
        return router
    }

    /// The application, ready to `runService()` (which shuts down gracefully on SIGTERM and SIGINT).
    public static func application(store: ConsultationStore, configuration: ServerConfiguration, logger: Logger) -> some ApplicationProtocol {
        let requestTimeout = TimeAmount(configuration.requestTimeout)
        return Application(router: router(store: store, configuration: configuration),
                           server: .http1(configuration: .init(additionalChannelHandlers: [RequestDeadlineHandler(timeout: requestTimeout)],
                                                               idleTimeout: TimeAmount(configuration.idleTimeout))),
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Qonun"),
                           logger: logger)
    }
}
