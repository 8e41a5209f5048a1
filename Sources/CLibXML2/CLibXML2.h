#ifndef CLIBXML2_H
#define CLIBXML2_H
/* Debian builds libxml2 with ICU, which drags the system <unicode/*.h> in. Foundation on Linux
 * carries its own ICU module and the two clash ("UErrorCode has different definitions") in a
 * clean debug build. We never use ICU types, so hide them. Keep this header trivial: SwiftPM
 * does not notice edits to a system-library header. Helpers belong in CXMLSupport. */
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
#endif
