internal import CLibXML2
internal import CQonunMemory

/// A parse arena slot (see `qonun_memory.h`): while a document is parsed, libxml2 allocates its tree there instead of
/// node by node in the C library's heap, and the slot is emptied in one step when the document goes.
struct XMLArena {
    let slot: Int32

    /// A free slot, or nil when arenas are off (`QONUN_XML_ARENA=off`) or every slot holds a live document; the
    /// parse then allocates from the C library as usual.
    static func acquire() -> XMLArena? {
        guard LibXMLRuntime.arenasInstalled else { return nil }
        let slot = qonun_arena_acquire()
        return slot >= 0 ? XMLArena(slot: slot) : nil
    }

    /// Bytes the slot has handed out.
    var used: Int { Int(qonun_arena_used(slot)) }

    /// Frees `tree` (its frees of arena memory are no-ops; memory that libxml2 attached to it later, from the C
    /// library, is freed as usual), then empties the slot for the next document.
    func release(tree: xmlDocPtr?) {
        if let tree { xmlFreeDoc(tree) }
        qonun_arena_release(slot)
    }
}
