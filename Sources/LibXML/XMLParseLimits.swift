/// Bounds that keep parsing of untrusted XML fast and in bounded memory.
public struct XMLParseLimits: Sendable, Hashable {
    /// The largest input accepted, in bytes.
    public var maxBytes: Int
    /// The deepest element nesting accepted (the root element is depth 1).
    public var maxDepth: Int

    /// Creates limits.
    public init(maxBytes: Int = 64 * 1024 * 1024, maxDepth: Int = 200) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// 64 MiB and 200 levels: far above any real act (the largest Uzbek code is under 5 MB of XML, and
    /// Akoma Ntoso documents nest a few dozen levels), far below what exhausts memory or stack.
    public static let `default` = XMLParseLimits()
}
