#include "CXMLSupport.h"
#include <string.h>

void acx_free(void *p) { xmlFree(p); }

void acx_ctxt_set_error_handler(xmlParserCtxtPtr ctxt, xmlStructuredErrorFunc handler, void *priv) {
    ctxt->_private = priv;
    if (ctxt->sax != NULL) {
        ctxt->sax->initialized = XML_SAX2_MAGIC;
        ctxt->sax->serror = handler;
    }
}

/* A marker stored in ctxt->errNo is not enough (other stops use it too), so remember the
 * refusal in a field nothing else writes during a parse from memory: ctxt->nbErrors is
 * libxml2's, so use a dedicated sentinel value in ctxt->errNo plus wellFormed = 0. */
#define ACX_DOCTYPE_REFUSED 0x4143

static void acx__refuse_internal_subset(void *ctx, const xmlChar *name,
                                        const xmlChar *externalID, const xmlChar *systemID) {
    (void)name; (void)externalID; (void)systemID;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    xmlStopParser(ctxt);
    ctxt->wellFormed = 0;
    ctxt->errNo = ACX_DOCTYPE_REFUSED;
}

void acx_ctxt_refuse_doctype(xmlParserCtxtPtr ctxt) {
    if (ctxt->sax != NULL) ctxt->sax->internalSubset = acx__refuse_internal_subset;
}

int acx_ctxt_doctype_refused(xmlParserCtxtPtr ctxt) {
    return ctxt->errNo == ACX_DOCTYPE_REFUSED;
}

/* The line of the start tag the parser has just read. The parser stands at the tag's end, so
 * a tag spread over several lines would get the line of its end; '<' cannot occur unescaped
 * inside a tag, so walk back to it, counting the newlines in between. */
static long acx__start_tag_line(xmlParserCtxtPtr ctxt) {
    if (ctxt->input == NULL) return 1;
    long line = ctxt->input->line;
    const xmlChar *p = ctxt->input->cur;
    const xmlChar *base = ctxt->input->base;
    while (p != NULL && base != NULL && p > base) {
        p--;
        if (*p == '<') break;
        if (*p == '\n') line--;
    }
    return line > 0 ? line : 1;
}

static void acx__start_element_ns(void *ctx, const xmlChar *localname, const xmlChar *prefix,
        const xmlChar *URI, int nb_namespaces, const xmlChar **namespaces,
        int nb_attributes, int nb_defaulted, const xmlChar **attributes) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    xmlSAX2StartElementNs(ctx, localname, prefix, URI, nb_namespaces, namespaces,
                          nb_attributes, nb_defaulted, attributes);
    if (ctxt->node != NULL) ctxt->node->_private = (void *)(intptr_t)acx__start_tag_line(ctxt);
}

void acx_ctxt_track_lines(xmlParserCtxtPtr ctxt) {
    if (ctxt->sax != NULL) ctxt->sax->startElementNs = acx__start_element_ns;
}

long acx_node_line(const xmlNode *node) {
    if (node == NULL) return 0;
    if (node->type == XML_ELEMENT_NODE && node->_private != NULL)
        return (long)(intptr_t)node->_private;
    return xmlGetLineNo(node);
}

/* Must not read ctxt->_private: other parsers (xmlTextReader, FoundationXML) use it. */
static xmlParserInputPtr acx__refusing_loader(const char *URL, const char *ID, xmlParserCtxtPtr ctxt) {
    (void)ID;
    xmlError err;
    memset(&err, 0, sizeof(err));
    err.domain = XML_FROM_IO;
    err.code = XML_IO_LOAD_ERROR;
    err.level = XML_ERR_ERROR;
    err.message = (char *)"external resource refused";
    err.str1 = (char *)URL;
    err.ctxt = ctxt;
    if (ctxt != NULL && ctxt->input != NULL) {
        err.file = (char *)ctxt->input->filename;
        err.line = ctxt->input->line;
        err.int2 = ctxt->input->col;
    }
    if (ctxt != NULL && ctxt->sax != NULL &&
        ctxt->sax->initialized == XML_SAX2_MAGIC && ctxt->sax->serror != NULL) {
        ctxt->sax->serror(ctxt->userData, &err);
    } else if (xmlStructuredError != NULL) {
        xmlStructuredError(xmlStructuredErrorContext, &err);
    }
    return NULL;
}

void acx_install_refusing_loader(void) { xmlSetExternalEntityLoader(acx__refusing_loader); }

acx_saved_handler acx_push_thread_handler(xmlStructuredErrorFunc fn, void *ctx) {
    acx_saved_handler old = { xmlStructuredError, xmlStructuredErrorContext };
    xmlSetStructuredErrorFunc(ctx, fn);
    return old;
}

void acx_pop_thread_handler(acx_saved_handler old) { xmlSetStructuredErrorFunc(old.ctx, old.fn); }

const char *acx_parser_version(void) { return xmlParserVersion; }

/* Streaming: the callbacks live in ctxt->sax->_private, which libxml2 leaves to its user;
 * ctxt->_private already carries the error sink. */
static void acx__stream_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
        const xmlChar *URI, int nb_namespaces, const xmlChar **namespaces,
        int nb_attributes, int nb_defaulted, const xmlChar **attributes) {
    (void)prefix; (void)nb_namespaces; (void)namespaces; (void)nb_defaulted;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    const acx_stream_callbacks *cb = (const acx_stream_callbacks *)ctxt->sax->_private;
    cb->start(cb->context, localname, URI, nb_attributes, attributes, acx__start_tag_line(ctxt));
}

static void acx__stream_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI) {
    (void)localname; (void)prefix; (void)URI;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    const acx_stream_callbacks *cb = (const acx_stream_callbacks *)ctxt->sax->_private;
    cb->end(cb->context);
}

static void acx__stream_characters(void *ctx, const xmlChar *ch, int len) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    const acx_stream_callbacks *cb = (const acx_stream_callbacks *)ctxt->sax->_private;
    cb->characters(cb->context, ch, len);
}

void acx_ctxt_stream(xmlParserCtxtPtr ctxt, const acx_stream_callbacks *callbacks) {
    xmlSAXHandlerPtr sax = ctxt->sax;
    if (sax == NULL) return;
    sax->_private = (void *)callbacks;
    sax->startDocument = NULL;  /* no tree at all: ctxt->myDoc stays NULL */
    sax->endDocument = NULL;
    sax->startElementNs = acx__stream_start;
    sax->endElementNs = acx__stream_end;
    sax->characters = acx__stream_characters;
    sax->ignorableWhitespace = acx__stream_characters;
    sax->cdataBlock = acx__stream_characters;
    sax->comment = NULL;
    sax->processingInstruction = NULL;
    sax->reference = NULL;
}

void acx_stop_parser(xmlParserCtxtPtr ctxt) { xmlStopParser(ctxt); }
