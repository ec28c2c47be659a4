#include "qonun_memory.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define QONUN_ARENA_SLOTS 64
#define QONUN_ARENA_SLOT_BYTES ((size_t)256 << 20)
/// Bytes of a released slot kept backed for the next document (a tree takes 7-10 times its XML: about 300 KiB for
/// the benchmark corpus's average act of 31 KB); beyond them, pages go back to the system, so free slots keep at
/// most 64 MiB resident.
#define QONUN_ARENA_KEEP_BYTES ((size_t)1 << 20)
/// Each block starts with its requested size (for realloc), keeping the 16-byte alignment malloc gives.
#define QONUN_ARENA_HEADER 16

typedef struct {
    size_t used;        // bytes handed out, from the slot's start
    size_t highWater;   // the most bytes written since the slot's pages were last given back
} qonun_arena_slot;

static char *qonun_arena_base;
static qonun_arena_slot qonun_arena_slots[QONUN_ARENA_SLOTS];
static int qonun_arena_free_slots[QONUN_ARENA_SLOTS];
static int qonun_arena_free_count;
static pthread_mutex_t qonun_arena_lock = PTHREAD_MUTEX_INITIALIZER;
/// The slot the calling thread's libxml2 allocations go to, or -1.
static _Thread_local int qonun_arena_active = -1;

static inline int qonun_arena_owns(const void *pointer) {
    const char *address = (const char *)pointer;
    return qonun_arena_base != NULL && address >= qonun_arena_base
        && address < qonun_arena_base + QONUN_ARENA_SLOTS * QONUN_ARENA_SLOT_BYTES;
}

static inline size_t qonun_arena_block_bytes(size_t size) {
    return (size + QONUN_ARENA_HEADER + 15) & ~(size_t)15;
}

void *qonun_arena_malloc(size_t size) {
    int slot = qonun_arena_active;
    if (slot >= 0) {
        qonun_arena_slot *state = &qonun_arena_slots[slot];
        if (size <= QONUN_ARENA_SLOT_BYTES - QONUN_ARENA_HEADER - 16) {
            size_t bytes = qonun_arena_block_bytes(size);
            if (bytes <= QONUN_ARENA_SLOT_BYTES - state->used) {
                char *block = qonun_arena_base + (size_t)slot * QONUN_ARENA_SLOT_BYTES + state->used;
                state->used += bytes;
                *(size_t *)block = size;
                return block + QONUN_ARENA_HEADER;
            }
        }
    }
    return malloc(size);
}

void qonun_arena_free(void *pointer) {
    if (!qonun_arena_owns(pointer)) free(pointer);
}

void *qonun_arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return qonun_arena_malloc(size);
    if (!qonun_arena_owns(pointer)) return realloc(pointer, size);
    size_t old = *(size_t *)((char *)pointer - QONUN_ARENA_HEADER);
    int slot = qonun_arena_active;
    if (slot >= 0 && size <= QONUN_ARENA_SLOT_BYTES - QONUN_ARENA_HEADER - 16) {
        // The slot's last block grows in place when the slot has room.
        qonun_arena_slot *state = &qonun_arena_slots[slot];
        char *start = qonun_arena_base + (size_t)slot * QONUN_ARENA_SLOT_BYTES;
        char *block = (char *)pointer - QONUN_ARENA_HEADER;
        if (block >= start && block + qonun_arena_block_bytes(old) == start + state->used) {
            size_t offset = (size_t)(block - start);
            size_t bytes = qonun_arena_block_bytes(size);
            if (bytes <= QONUN_ARENA_SLOT_BYTES - offset) {
                state->used = offset + bytes;
                *(size_t *)block = size;
                return pointer;
            }
        }
    }
    void *moved = qonun_arena_malloc(size);
    if (moved != NULL) memcpy(moved, pointer, old < size ? old : size);
    return moved;
}

char *qonun_arena_strdup(const char *string) {
    size_t bytes = strlen(string) + 1;
    char *copy = (char *)qonun_arena_malloc(bytes);
    if (copy != NULL) memcpy(copy, string, bytes);
    return copy;
}

int qonun_arena_reserve(void) {
    void *region = mmap(NULL, QONUN_ARENA_SLOTS * QONUN_ARENA_SLOT_BYTES, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED) return 0;
    pthread_mutex_lock(&qonun_arena_lock);
    for (int index = 0; index < QONUN_ARENA_SLOTS; index++) qonun_arena_free_slots[index] = QONUN_ARENA_SLOTS - 1 - index;
    qonun_arena_free_count = QONUN_ARENA_SLOTS;
    qonun_arena_base = (char *)region;
    pthread_mutex_unlock(&qonun_arena_lock);
    return 1;
}

int qonun_arena_acquire(void) {
    if (qonun_arena_base == NULL) return -1;
    pthread_mutex_lock(&qonun_arena_lock);
    int slot = qonun_arena_free_count > 0 ? qonun_arena_free_slots[--qonun_arena_free_count] : -1;
    pthread_mutex_unlock(&qonun_arena_lock);
    if (slot >= 0) {
        qonun_arena_slots[slot].used = 0;
    }
    return slot;
}

int qonun_arena_activate(int slot) {
    int previous = qonun_arena_active;
    qonun_arena_active = slot;
    return previous;
}

size_t qonun_arena_used(int slot) { return qonun_arena_slots[slot].used; }

void qonun_arena_release(int slot) {
    qonun_arena_slot *state = &qonun_arena_slots[slot];
    if (state->used > state->highWater) state->highWater = state->used;
    if (state->highWater > QONUN_ARENA_KEEP_BYTES) {
        char *start = qonun_arena_base + (size_t)slot * QONUN_ARENA_SLOT_BYTES;
        madvise(start + QONUN_ARENA_KEEP_BYTES, state->highWater - QONUN_ARENA_KEEP_BYTES, MADV_DONTNEED);
        state->highWater = QONUN_ARENA_KEEP_BYTES;
    }
    state->used = 0;
    pthread_mutex_lock(&qonun_arena_lock);
    qonun_arena_free_slots[qonun_arena_free_count++] = slot;
    pthread_mutex_unlock(&qonun_arena_lock);
}
