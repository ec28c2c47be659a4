#ifndef QONUN_CLIBXML2_SHIM_H
#define QONUN_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, whose headers clash with Foundation's: drop ICU before anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlmemory.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libxslt/security.h>
#include <libxslt/variables.h>
#include <libxslt/documents.h>
#include <libexslt/exslt.h>
// zlib, which libxml2 itself links: the registry stores Akoma Ntoso sources deflated.
#include <zlib.h>

/// Swift 6 rejects libxml2's global `xmlFree` function pointer; this wrapper is callable.
static inline void qonun_xmlFree(void *pointer) {
    xmlFree(pointer);
}

/// A generic-error handler that discards libxml2's and libxslt's printf-style messages; the structured
/// handlers collect the same errors with their line numbers. Swift cannot define a C variadic function.
static void qonun_discardGenericError(void *context, const char *message, ...) {
    (void)context; (void)message;
}

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/// libxslt reports transformation errors only through a printf-style handler; this one appends them to the
/// caller's buffer (the handler's context), so they can be returned instead of printed.
#define QONUN_XSLT_ERROR_SIZE 1024

static void qonun_recordXSLTError(void *context, const char *message, ...) {
    char *buffer = (char *)context;
    if (!buffer) return;
    size_t used = strlen(buffer);
    if (used >= QONUN_XSLT_ERROR_SIZE - 1) return;
    va_list arguments;
    va_start(arguments, message);
    vsnprintf(buffer + used, QONUN_XSLT_ERROR_SIZE - used, message, arguments);
    va_end(arguments);
}

/// Starts collecting libxslt's messages on the calling thread into `buffer` (QONUN_XSLT_ERROR_SIZE bytes).
static inline void qonun_collectXSLTErrors(char *buffer) {
    buffer[0] = 0;
    xsltSetGenericErrorFunc(buffer, qonun_recordXSLTError);
}

/// Silences libxml2's and libxslt's default printing to stderr on the calling thread.
static inline void qonun_silenceGenericErrors(void) {
    xmlSetGenericErrorFunc(0, qonun_discardGenericError);
    xsltSetGenericErrorFunc(0, qonun_discardGenericError);
}

#endif
