#ifndef QONUN_MEMORY_H
#define QONUN_MEMORY_H

#include <stddef.h>

// Parse arenas: bump allocation for libxml2 while it builds a tree.
//
// libxml2 allocates every node, attribute, text and name of a parsed tree separately and frees them one by one
// again; for the registry's ingest that was about a tenth of its CPU (glibc's malloc, its consolidation of the
// freed chunks, and the frees in xmlFreeDoc). The LibXML module routes libxml2's allocations through the four
// functions below (xmlMemSetup). While a document is parsed on a thread, they allocate from that document's
// slot of one reserved region; at any other time, and for memory outside the region, they are the C library's
// malloc, realloc, strdup and free. Freeing arena memory is a no-op: the whole slot is emptied when the
// document goes. A slot is 256 MiB of reserved address space (pages are only backed once written); a tree that
// needs more continues in the C library's heap.

/// Reserves the region; 0 when it cannot be reserved (the hooks then always use the C library).
int qonun_arena_reserve(void);

/// libxml2's allocation hooks (xmlMemSetup's free, malloc, realloc and strdup).
void qonun_arena_free(void *pointer);
void *qonun_arena_malloc(size_t size);
void *qonun_arena_realloc(void *pointer, size_t size);
char *qonun_arena_strdup(const char *string);

/// A free slot, emptied, or -1 when the region is not reserved or every slot holds a live document.
int qonun_arena_acquire(void);

/// Sends the calling thread's allocations to `slot` (-1: to the C library); returns the slot before.
int qonun_arena_activate(int slot);

/// Bytes the slot has handed out.
size_t qonun_arena_used(int slot);

/// Gives a slot back; nothing in it may be read again. Pages beyond its first MiB go back to the system.
void qonun_arena_release(int slot);

#endif
