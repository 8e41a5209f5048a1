import AccreditCore
import CLibXLSXWriter
import Foundation

/// An Excel workbook written with libxlsxwriter: the one Swift type that sees its pointers.
///
/// libxlsxwriter writes only to a file, so the workbook is written into a private temporary
/// folder (its own scratch files too) and read back as bytes by `bytes()`, which removes the
/// folder; the caller writes the bytes where they belong, whole or not at all, as it writes
/// every report. The result depends on nothing but the cells: the document's creation time
/// is the one given (the assessment date), and libxlsxwriter stamps every zip entry with the
/// same fixed time, so the same report gives the same bytes.
final class XLSXWorkbook {
    /// A cell's value, typed as a spreadsheet types it.
    enum Cell {
        case text(String)
        case number(Double)
        case integer(Int)
        /// A share between 0 and 1, shown as a percentage.
        case percent(Double)
        case date(Day)
        case boolean(Bool)
        case empty
    }

    /// A worksheet of this workbook.
    struct Sheet {
        fileprivate let pointer: UnsafeMutablePointer<lxw_worksheet>
    }

    /// Why no workbook could be written.
    struct WriteError: Error, CustomStringConvertible {
        let description: String
    }

    /// Excel's limit on the characters in one cell.
    static let maximumCellLength = 32_767

    private let folder: String
    private let path: String
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let header: UnsafeMutablePointer<lxw_format>
    private let wrapped: UnsafeMutablePointer<lxw_format>
    private let dateFormat: UnsafeMutablePointer<lxw_format>
    private let percentFormat: UnsafeMutablePointer<lxw_format>
    private var closed = false

    /// A new, empty workbook whose document properties carry `title` and, as its creation
    /// time, midnight UTC of `created`. Dates are shown in `language`'s order.
    init(title: String, created: Day, language: Language) throws(WriteError) {
        var template = Array((NSTemporaryDirectory() + "/accredit-xlsx.XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw WriteError(description: String(cString: strerror(errno)))
        }
        let folder = String(cString: made)
        let path = folder + "/report.xlsx"
        let opened = folder.withCString { scratch -> UnsafeMutablePointer<lxw_workbook>? in
            var options = lxw_workbook_options(constant_memory: 0, tmpdir: UnsafeMutablePointer(mutating: scratch), use_zip64: 0)
            return workbook_new_opt(path, &options)
        }
        self.folder = folder
        self.path = path
        guard let opened else {
            rmdir(folder)
            throw WriteError(description: "libxlsxwriter could not create a workbook")
        }
        workbook = opened
        header = workbook_add_format(workbook)
        format_set_bold(header)
        format_set_text_wrap(header)
        wrapped = workbook_add_format(workbook)
        format_set_text_wrap(wrapped)
        format_set_align(wrapped, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        dateFormat = workbook_add_format(workbook)
        format_set_num_format(dateFormat, language == .da ? "dd-mm-yyyy" : "yyyy-mm-dd")
        percentFormat = workbook_add_format(workbook)
        format_set_num_format(percentFormat, "0.0%")
        title.withCString { title in
            "accredit".withCString { author in
                var properties = lxw_doc_properties()
                properties.title = UnsafeMutablePointer(mutating: title)
                properties.author = UnsafeMutablePointer(mutating: author)
                properties.created = Self.midnightUTC(created)
                _ = workbook_set_properties(workbook, &properties)
            }
        }
    }

    deinit {
        if !closed {
            // Closing is the only way to free a workbook; what it writes is thrown away.
            workbook_close(workbook)
            removeFolder()
        }
    }

    /// Adds a worksheet; `name` must be a valid, unique sheet name (at most 31 characters, none
    /// of `[]:*?/\`), which the reporters' fixed names are.
    func addSheet(_ name: String) -> Sheet {
        Sheet(pointer: workbook_add_worksheet(workbook, name))
    }

    /// Writes a header row in bold at `row`, with the given column widths (in characters).
    func writeHeader(_ sheet: Sheet, row: Int = 0, _ titles: [String], widths: [Double]) {
        for (column, title) in titles.enumerated() {
            write(sheet, row: row, column: column, .text(title), style: header)
        }
        for (column, width) in widths.enumerated() {
            worksheet_set_column(sheet.pointer, lxw_col_t(column), lxw_col_t(column), width, nil)
        }
    }

    /// Writes one row of cells from column 0.
    func writeRow(_ sheet: Sheet, row: Int, _ cells: [Cell]) {
        for (column, cell) in cells.enumerated() { write(sheet, row: row, column: column, cell) }
    }

    /// Freezes the rows above `row`, so the header stays in view, and puts filter buttons on
    /// the header of a table `columns` wide that runs from `row - 1` to `lastRow`.
    func table(_ sheet: Sheet, headerRow: Int = 0, lastRow: Int, columns: Int) {
        worksheet_freeze_panes(sheet.pointer, lxw_row_t(headerRow + 1), 0)
        worksheet_autofilter(
            sheet.pointer, lxw_row_t(headerRow), 0, lxw_row_t(max(headerRow, lastRow)), lxw_col_t(max(0, columns - 1)))
    }

    /// Writes one cell. Texts longer than a cell may hold are cut, with an ellipsis.
    func write(_ sheet: Sheet, row: Int, column: Int, _ cell: Cell, style: UnsafeMutablePointer<lxw_format>? = nil) {
        let row = lxw_row_t(row)
        let column = lxw_col_t(column)
        switch cell {
        case .text(let text):
            guard !text.isEmpty else { return }
            worksheet_write_string(sheet.pointer, row, column, Self.fitting(text), style ?? (text.contains("\n") ? wrapped : nil))
        case .number(let value): worksheet_write_number(sheet.pointer, row, column, value, style)
        case .integer(let value): worksheet_write_number(sheet.pointer, row, column, Double(value), style)
        case .percent(let value): worksheet_write_number(sheet.pointer, row, column, value, style ?? percentFormat)
        case .boolean(let value): worksheet_write_boolean(sheet.pointer, row, column, value ? 1 : 0, style)
        case .date(let day):
            guard let parts = Self.parts(day) else {
                worksheet_write_string(sheet.pointer, row, column, day.description, style)
                return
            }
            var datetime = lxw_datetime(year: Int32(parts.0), month: Int32(parts.1), day: Int32(parts.2), hour: 0, min: 0, sec: 0)
            worksheet_write_datetime(sheet.pointer, row, column, &datetime, style ?? dateFormat)
        case .empty: return
        }
    }

    /// Closes the workbook and returns the file's bytes; the temporary folder is removed.
    func bytes() throws(WriteError) -> [UInt8] {
        closed = true
        defer { removeFolder() }
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw WriteError(description: String(cString: lxw_strerror(status)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WriteError(description: "the workbook was not written")
        }
        return [UInt8](data)
    }

    private func removeFolder() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// `text` cut to what one cell may hold.
    private static func fitting(_ text: String) -> String {
        guard text.utf16.count > maximumCellLength else { return text }
        return String(text.prefix(maximumCellLength - 1)) + "…"
    }

    private static func parts(_ day: Day) -> (Int, Int, Int)? {
        let parts = day.description.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    /// Midnight UTC at the start of `day`; a `Day` counts days since 1970-01-01.
    private static func midnightUTC(_ day: Day) -> time_t {
        time_t(max(1, day.ordinal * 86_400))
    }
}
