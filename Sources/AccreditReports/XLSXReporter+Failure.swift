import AccreditCore

extension XLSXReporter {
    /// A workbook of one sheet saying why the package could not be evaluated, with one row per
    /// problem and where it is.
    public func renderFailureUTF8(_ failed: FailedCheck, language l: Language) -> [UInt8] {
        guard let book = try? XLSXWorkbook(title: failed.headline(l), created: Day(iso: "1980-01-01")!, language: l)
        else { return [] }
        let sheet = book.addSheet(SpreadsheetWording.text(.summarySheet, l))
        book.write(sheet, row: 0, column: 0, .text(failed.headline(l)))
        book.writeHeader(
            sheet, row: 2,
            [Vocabulary.label(.package, l), Vocabulary.label(.location, l), Vocabulary.label(.message, l)],
            widths: [30, 40, 90])
        for (index, error) in failed.errors.enumerated() {
            let hint = error.hint.text(l)
            book.writeRow(
                sheet, row: 3 + index,
                [
                    .text(failed.package), .text(error.location?.description ?? ""),
                    .text(error.message.text(l) + (hint.isEmpty ? "" : " — " + hint)),
                ])
        }
        return (try? book.bytes()) ?? []
    }

    /// The failure as text, for the `Reporter` shape; see `renderFailureUTF8` for the workbook.
    public func renderFailure(_ failed: FailedCheck, language: Language) -> String {
        String(decoding: renderFailureUTF8(failed, language: language), as: UTF8.self)
    }
}
