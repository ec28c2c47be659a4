#include "qonun_memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int qonun_keep_freed_memory(size_t bytes) {
#if defined(__GLIBC__)
    return mallopt(M_TRIM_THRESHOLD, (int)(bytes > 0x7fffffff ? 0x7fffffff : bytes));
#else
    (void)bytes;
    return 0;
#endif
}
