internal import CLibXML2
internal import CQonunMemory
import Foundation

/// One-time initialisation of libxml2 and libxslt for use from many threads.
enum LibXMLRuntime {
    private static let initialized: Bool = {
        // Parse arenas (see qonun_memory.h), unless QONUN_XML_ARENA=off asks for the C library's allocation
        // throughout, which tools such as AddressSanitizer see into.
        if ProcessInfo.processInfo.environment["QONUN_XML_ARENA"] != "off" {
            arenasInstalled = qonun_arena_reserve() != 0
                && xmlMemSetup(qonun_arena_free, qonun_arena_malloc, qonun_arena_realloc, qonun_arena_strdup) == 0
        }
        xmlInitParser()
        exsltRegisterAll()
        return true
    }()

    /// Whether parsed trees are allocated in parse arenas (set once, by the first `prepareThread`).
    nonisolated(unsafe) private(set) static var arenasInstalled = false

    /// Initialises the libraries once and silences their stderr printing on the calling thread
    /// (libxml2 keeps its error handlers per thread).
    static func prepareThread() {
        _ = initialized
        qonun_silenceGenericErrors()
    }
}
