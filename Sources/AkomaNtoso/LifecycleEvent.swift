/// An event in a work's life (`lifecycle/eventRef`): generation, amendment, repeal, entry into force.
public struct LifecycleEvent: Hashable, Sendable, Codable {
    /// The event's eId.
    public var eId: String?
    /// YYYY-MM-DD.
    public var date: String
    /// `@type` (generation, amendment, repeal) or `@refersTo` when no type is given.
    public var type: String
    /// `@source` as written (`#amendment-1`).
    public var source: String?
    /// The URI the source reference points at (the amending act), resolved through `references`.
    public var sourceHref: String?

    /// Creates an event.
    public init(eId: String?, date: String, type: String, source: String?, sourceHref: String?) {
        self.eId = eId
        self.date = date
        self.type = type
        self.source = source
        self.sourceHref = sourceHref
    }
}

/// A textual modification (`textualMod`) of an amending act (active) or of the amended act (passive).
public struct TextualModification: Hashable, Sendable, Codable {
    /// `@type`: substitution, insertion, repeal, renumbering, ...
    public var type: String
    /// `source@href`: the amending provision.
    public var source: String?
    /// `destination@href`: the amended provision.
    public var destination: String?
    /// The modification's eId.
    public var eId: String?

    /// Creates a modification.
    public init(type: String, source: String?, destination: String?, eId: String?) {
        self.type = type
        self.source = source
        self.destination = destination
        self.eId = eId
    }
}

/// An entry of `meta/references` (TLC entities, passive and active references to other documents).
public struct Reference: Hashable, Sendable, Codable {
    /// The element name (TLCPerson, passiveRef, original, ...).
    public var kind: String
    /// The eId the document uses to point at it.
    public var eId: String?
    /// `@href`.
    public var href: String?
    /// `@showAs`: the human-readable name.
    public var showAs: String?

    /// Creates a reference.
    public init(kind: String, eId: String?, href: String?, showAs: String?) {
        self.kind = kind
        self.eId = eId
        self.href = href
        self.showAs = showAs
    }
}

/// A `ref` inside the text: a citation of another provision or document.
public struct TextReference: Hashable, Sendable, Codable {
    /// `@href`.
    public var href: String
    /// The cited words.
    public var text: String
    /// The eId of the innermost provision containing the citation.
    public var inProvision: String?

    /// Creates a text reference.
    public init(href: String, text: String, inProvision: String?) {
        self.href = href
        self.text = text
        self.inProvision = inProvision
    }
}
