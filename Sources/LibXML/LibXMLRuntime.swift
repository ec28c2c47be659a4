internal import CLibXML2

/// One-time initialisation of libxml2 and libxslt for use from many threads.
enum LibXMLRuntime {
    private static let initialized: Bool = {
        xmlInitParser()
        exsltRegisterAll()
        return true
    }()

    /// Initialises the libraries once and silences their stderr printing on the calling thread
    /// (libxml2 keeps its error handlers per thread).
    static func prepareThread() {
        _ = initialized
        qonun_silenceGenericErrors()
    }
}
