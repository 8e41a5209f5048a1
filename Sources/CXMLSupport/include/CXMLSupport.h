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

/* Streaming parse: elements and text go to these callbacks and no tree is built. Attributes
 * come as libxml2's SAX2 quintuples (localname, prefix, URI, value, end); `line` is the start
 * tag's line. */
typedef struct {
    void (*start)(void *context, const xmlChar *localname, const xmlChar *URI,
                  int nb_attributes, const xmlChar **attributes, long line);
    void (*end)(void *context);
    void (*characters)(void *context, const xmlChar *ch, int len);
    void *context;
} acx_stream_callbacks;

/* Replace the tree-building handlers of `ctxt` with `callbacks` (which must outlive the parse). */
void acx_ctxt_stream(xmlParserCtxtPtr ctxt, const acx_stream_callbacks *callbacks);

/* Stop a parse from inside a callback. */
void acx_stop_parser(xmlParserCtxtPtr ctxt);

/* Process-wide loader that refuses every external resource: DTDs, entities, XSD imports. */
void acx_install_refusing_loader(void);

/* Per-thread structured error handler, saved and restored around one synchronous call. */
typedef struct { xmlStructuredErrorFunc fn; void *ctx; } acx_saved_handler;
acx_saved_handler acx_push_thread_handler(xmlStructuredErrorFunc fn, void *ctx);
void acx_pop_thread_handler(acx_saved_handler old);

/* libxml2's parser version string (a per-thread macro Swift cannot import). */
const char *acx_parser_version(void);
#endif
