#ifndef CLIBXLSXWRITER_H
#define CLIBXLSXWRITER_H
/* libxlsxwriter, for the xlsx report. Only XLSXWorkbook.swift in AccreditReports imports it.
 * Keep this header trivial: SwiftPM does not notice edits to a system-library header. */
#include <xlsxwriter.h>
#endif
