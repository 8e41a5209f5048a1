#ifndef CXMLSUPPORT_H
#define CXMLSUPPORT_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED /* see CLibXML2.h */
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlschemas.h>
#include <stdint.h>

/* xmlFree is a mutable global function pointer, which Swift 6 refuses to touch. */
void acx_free(void *p);

/* Route this parser context's errors to `handler`, with `priv` kept in ctxt->_private
 * (libxml2 2.9 has no per-context error setter; userData must stay the context itself). */
void acx_ctxt_set_error_handler(xmlParserCtxtPtr ctxt, xmlStructuredErrorFunc handler, void *priv);

/* Stop the parser at <!DOCTYPE, before any entity declaration is read. */
void acx_ctxt_refuse_doctype(xmlParserCtxtPtr ctxt);

/* True if the parser was stopped by acx_ctxt_refuse_doctype. */
int acx_ctxt_doctype_refused(xmlParserCtxtPtr ctxt);

/* Record each element's true start-tag line (xmlNode.line stops at 65535). */
void acx_ctxt_track_lines(xmlParserCtxtPtr ctxt);
long acx_node_line(const xmlNode *node);

/* Process-wide loader that refuses every external resource: DTDs, entities, XSD imports. */
void acx_install_refusing_loader(void);

/* Per-thread structured error handler, saved and restored around one synchronous call. */
typedef struct { xmlStructuredErrorFunc fn; void *ctx; } acx_saved_handler;
acx_saved_handler acx_push_thread_handler(xmlStructuredErrorFunc fn, void *ctx);
void acx_pop_thread_handler(acx_saved_handler old);

/* libxml2's parser version string (a per-thread macro Swift cannot import). */
const char *acx_parser_version(void);
#endif
