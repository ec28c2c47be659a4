import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Server
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Clients that never finish a request, or never send one, lose their connection: they cannot hold the server's
/// connections open (slowloris). Real sockets against a live server.
@Suite(.serialized) struct SlowClientTests {
    /// A plain TCP connection with a receive timeout, so that no test can hang.
    final class RawConnection: @unchecked Sendable {
        // Unchecked Sendable: one test uses a connection at a time; the descriptor is only read after init.
        let descriptor: Int32

        init(port: Int) throws {
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        deinit { close(descriptor) }

        /// Sends bytes; false once the server has closed the connection.
        @discardableResult
        func send(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
        }

        /// True once the server has closed the connection (a read that does not wait returns end of stream).
        var isClosedByServer: Bool {
            var byte: UInt8 = 0
            let count = recv(descriptor, &byte, 1, Int32(MSG_DONTWAIT | MSG_PEEK))
            return count == 0 || (count < 0 && errno == ECONNRESET)
        }

        /// Sends a request head, then one header line every `interval` seconds, on a thread outside the cooperative
        /// pool; returns how long after the start the server had closed the connection, or nil if it never did.
        func trickle(lines: Int, every interval: TimeInterval) async -> TimeInterval? {
            await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    let started = Date()
                    self.send("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n")
                    for line in 0..<lines {
                        usleep(useconds_t(interval * 1_000_000))
                        if self.isClosedByServer { continuation.resume(returning: Date().timeIntervalSince(started)); return }
                        self.send("X-Slow-\(line): a\r\n")
                    }
                    continuation.resume(returning: nil)
                }
            }
        }

        /// Reads until the server closes the connection (or 10 s pass), on a thread outside Swift's cooperative
        /// pool: the server under test needs those threads to answer.
        func readUntilClosed() async -> (text: String, closed: Bool) {
            await withCheckedContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(returning: self.blockingReadUntilClosed()) }
            }
        }

        private func blockingReadUntilClosed() -> (text: String, closed: Bool) {
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                if count == 0 { return (String(decoding: received, as: UTF8.self), true) }
                if count < 0 { return (String(decoding: received, as: UTF8.self), errno == ECONNRESET) }
                received += buffer[0..<count]
            }
        }
    }

    func application(idle: Int = 2, request: Int = 1) throws -> some ApplicationProtocol {
        let f = try ServerFixture()
        var configuration = f.configuration
        configuration.port = 0
        configuration.idleTimeout = .seconds(idle)
        configuration.requestTimeout = .seconds(request)
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return QonunServer.application(store: f.store, configuration: configuration, logger: logger)
    }

    @Test func aClientThatTricklesItsHeadersIsCutOffAtTheRequestDeadline() async throws {
        try await application(idle: 5, request: 1).test(.live) { client in
            let port = try #require(client.port)
            let connection = try RawConnection(port: port)
            // One header line every 100 ms for 6 s: never idle, never finished. The client runs on a thread of its own,
            // so its clock does not depend on Swift's cooperative threads being free.
            let closedAfter = await connection.trickle(lines: 60, every: 0.1)
            let elapsed = try #require(closedAfter, "the server kept the trickling connection open for 6 s")
            // Not before the 1 s deadline, and well before the trickle would have ended (6 s); the upper bound is loose
            // because a loaded or instrumented machine schedules the server late.
            #expect(elapsed >= 0.9 && elapsed < 5, "closed after \(elapsed) s")
            let rest = await connection.readUntilClosed()
            #expect(!rest.text.contains("200 OK"))
            // The server still answers a client that sends its request at once.
            let prompt = try RawConnection(port: port)
            prompt.send("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            let answer = await prompt.readUntilClosed()
            #expect(answer.text.hasPrefix("HTTP/1.1 200 OK"))
            #expect(answer.text.hasSuffix("ok"))
        }
    }

    @Test func aClientThatSendsHalfABodyAndStopsIsCutOff() async throws {
        try await application(idle: 5, request: 1).test(.live) { client in
            let connection = try RawConnection(port: try #require(client.port))
            let started = Date()
            connection.send("POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"name\":")
            let (_, closed) = await connection.readUntilClosed()
            let elapsed = Date().timeIntervalSince(started)
            #expect(closed)
            #expect(elapsed >= 0.9 && elapsed < 9, "closed after \(elapsed) s (the client waits 10 s at most)")
        }
    }

    @Test func anIdleConnectionIsClosedAndAFinishedRequestIsAnswered() async throws {
        try await application(idle: 1, request: 5).test(.live) { client in
            let idle = try RawConnection(port: try #require(client.port))
            let started = Date()
            let (text, closed) = await idle.readUntilClosed()
            #expect(closed)
            #expect(text.isEmpty)
            #expect(Date().timeIntervalSince(started) >= 0.9 && Date().timeIntervalSince(started) < 9)

            let prompt = try RawConnection(port: try #require(client.port))
            prompt.send("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            let answer = await prompt.readUntilClosed()
            #expect(answer.text.hasPrefix("HTTP/1.1 200 OK"))
            #expect(answer.text.hasSuffix("ok"))
        }
    }
}
