#!/usr/bin/env python3
"""Reads accredit's spreadsheet reports back as the programs that open them do.

For each BASE given, BASE.json is the JSON report of the same check and beside it:
  - BASE.csv, the CSV report in Danish (Excel's dialect by default with --lang da): it must
    begin with a UTF-8 byte-order mark (without one, Excel reads it as cp1252 and shows
    `VÃ¦rktÃ¸j`), split into the same number of columns on every row with Excel's quoting and
    `;` (Danish Excel's list separator), with `Værktøj` intact in the header, one row per
    requirement, and the share fulfilled written with a decimal comma. With --libreoffice, the
    file is also opened in LibreOffice Calc (headless) with Danish settings, as Excel would
    open it, converted to xlsx and read back: the counts and the share must be numbers and the
    assessment date a date, not text.
  - BASE.en.csv, the CSV report in English: RFC 4180 (`,`, decimal point, no byte-order mark).
  - BASE.xlsx, the xlsx report in Danish (for a package that could not be evaluated, only a
    workbook whose first cell says why), read with openpyxl: the four sheets by their Danish
    names, the requirements sheet with a frozen header row, a filter over the whole table and
    typed cells (whole numbers, a share, a truth value, a date), statuses equal to the JSON
    report's, and as many findings and overlaps as the JSON report has.

usage: check-spreadsheets.py [--libreoffice] BASE...
Exits 0 when every file passes, 1 otherwise.
"""
import argparse
import csv
import datetime
import io
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

import openpyxl


class DanishExcel(csv.excel):
    """What Danish Excel uses to split a .csv file it opens: its list separator is `;`."""
    delimiter = ";"


DANISH_SHEETS = ["Overblik", "Krav", "Fund", "Overlap"]


def check_danish_csv(path, report, problems):
    raw = path.read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path}: no UTF-8 byte-order mark, so Excel reads it as cp1252")
    if not raw.endswith(b"\r\n"):
        problems.append(f"{path}: rows do not end with CRLF")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), dialect=DanishExcel))
    header, body = rows[0], rows[1:]
    if "Værktøj" not in header:
        problems.append(f"{path}: the header has no `Værktøj` column: {header}")
    if len(header) < 20:
        problems.append(f"{path}: the header split into {len(header)} columns with `;`")
    for number, row in enumerate(body, start=2):
        if len(row) != len(header):
            problems.append(f"{path}:{number}: {len(row)} columns, the header has {len(header)}")
    if len(body) != len(report["requirements"]):
        problems.append(f"{path}: {len(body)} rows, {len(report['requirements'])} requirements in the JSON report")
    columns = {name: index for index, name in enumerate(header)}
    for name in ("Organisation", "Enhed", "Afgørelseskode", "Statuskode", "Standarden opfyldt (%)", "Åbne fund (antal)"):
        if name not in columns:
            problems.append(f"{path}: no column `{name}`")
            return
    shares = [row[columns["Standarden opfyldt (%)"]] for row in body]
    fractional = [share for share in shares if share and not share.isdigit()]
    if any(not share.replace(",", "", 1).isdigit() for share in fractional):
        problems.append(f"{path}: the share fulfilled is not written with a decimal comma: {sorted(set(shares))}")
    for row, requirement in zip(body, report["requirements"]):
        if row[columns["Statuskode"]] != requirement["status"] or row[columns["Afgørelseskode"]] != report["verdict"]:
            problems.append(f"{path}: {requirement['id']}: status or verdict differ from the JSON report")
        if row[columns["Organisation"]] != report["package"]["organisation"] or \
                row[columns["Enhed"]] != report["package"]["unit"]:
            problems.append(f"{path}: {requirement['id']}: organisation or unit differ from the JSON report")
        expected = sum(1 for finding in requirement["findings"] if finding["kind"] != "passed")
        if row[columns["Åbne fund (antal)"]] != str(expected):
            problems.append(f"{path}: {requirement['id']}: {row[columns['Åbne fund (antal)']]} open findings, {expected} in JSON")


def check_english_csv(path, report, problems):
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path}: the English CSV (RFC 4180) has a byte-order mark")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), dialect=csv.excel))
    if rows[0][-1] != "Tool" or any(len(row) != len(rows[0]) for row in rows):
        problems.append(f"{path}: does not split into equal rows with `,`")
    share = rows[0].index("Standard fulfilled (%)")
    if any("," in row[share] for row in rows[1:]):
        problems.append(f"{path}: the English CSV writes a decimal comma")


def check_in_libreoffice(path, report, problems):
    """Opens the Danish CSV in LibreOffice Calc with Danish settings (separator `;`, UTF-8, language
    da-DK, special numbers detected, as Excel's import does) and reads the converted workbook."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="accredit-calc-") as folder:
        # Field separator 59 (;), text delimiter 34 ("), character set 76 (UTF-8), from line 1,
        # no column formats, language 1030 (Danish), quoted fields as text no, detect special
        # numbers (dates, decimal commas) yes.
        options = "59,34,76,1,,1030,false,true"
        result = subprocess.run(
            [soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", f"--infilter=CSV:{options}",
             "--convert-to", "xlsx", "--outdir", folder, str(path)],
            capture_output=True, text=True, timeout=300)
        converted = pathlib.Path(folder) / (path.stem + ".xlsx")
        if not converted.exists():
            problems.append(f"{path}: LibreOffice did not convert it: {result.stdout} {result.stderr}")
            return
        sheet = openpyxl.load_workbook(converted).active
        rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    if "Værktøj" not in header:
        problems.append(f"{path}: in LibreOffice the header reads {header}")
        return
    share, count, date = header.index("Standarden opfyldt (%)"), header.index("Åbne fund (antal)"), header.index("Vurderet pr.")
    for row in rows[1:]:
        if not isinstance(row[count], (int, float)):
            problems.append(f"{path}: in LibreOffice the open-findings count {row[count]!r} is not a number")
            break
        if row[share] is not None and not isinstance(row[share], (int, float)):
            problems.append(f"{path}: in LibreOffice the share {row[share]!r} is not a number")
            break
        if not isinstance(row[date], datetime.datetime):
            problems.append(f"{path}: in LibreOffice the assessment date {row[date]!r} is not a date")
            break
    if len(rows) - 1 != len(report["requirements"]):
        problems.append(f"{path}: LibreOffice reads {len(rows) - 1} rows")


def check_xlsx(path, report, problems):
    book = openpyxl.load_workbook(path)
    if book.sheetnames != DANISH_SHEETS:
        problems.append(f"{path}: sheets {book.sheetnames}, expected {DANISH_SHEETS}")
        return
    sheet = book["Krav"]
    if sheet.freeze_panes != "A2":
        problems.append(f"{path}: the requirements' header row is not frozen ({sheet.freeze_panes})")
    last_column = openpyxl.utils.get_column_letter(sheet.max_column)
    expected_filter = f"A1:{last_column}{len(report['requirements']) + 1}"
    if sheet.auto_filter.ref != expected_filter:
        problems.append(f"{path}: the filter covers {sheet.auto_filter.ref}, expected {expected_filter}")
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    if not sheet["A1"].font.b:
        problems.append(f"{path}: the header row is not bold")
    columns = {name: index for index, name in enumerate(header)}
    body = rows[1:]
    if len(body) != len(report["requirements"]):
        problems.append(f"{path}: {len(body)} requirement rows, {len(report['requirements'])} in the JSON report")
    assessed = datetime.datetime.fromisoformat(report["assessmentDate"])
    for row, requirement in zip(body, report["requirements"]):
        where = f"{path}: Krav/{requirement['id']}"
        if row[columns["Krav"]] != requirement["id"] or row[columns["Statuskode"]] != requirement["status"]:
            problems.append(f"{where}: id or status differ from the JSON report")
        if type(row[columns["Åbne fund (antal)"]]) is not int:
            problems.append(f"{where}: the open-findings count is {row[columns['Åbne fund (antal)']]!r}, not a whole number")
        if type(row[columns["Kritisk"]]) is not bool or row[columns["Kritisk"]] != requirement["critical"]:
            problems.append(f"{where}: critical is {row[columns['Kritisk']]!r}, not the truth value {requirement['critical']}")
        share = row[columns["Standarden opfyldt (%)"]]
        if share is not None and not (isinstance(share, (int, float)) and 0 <= share <= 1):
            problems.append(f"{where}: the share {share!r} is not a number between 0 and 1")
        if row[columns["Vurderet pr."]] != assessed:
            problems.append(f"{where}: the assessment date is {row[columns['Vurderet pr.']]!r}, not the date {assessed}")
    findings = sum(len(requirement["findings"]) for requirement in report["requirements"])
    if book["Fund"].max_row - 1 != findings:
        problems.append(f"{path}: {book['Fund'].max_row - 1} findings, {findings} in the JSON report")
    if book["Overlap"].max_row - 1 != len(report["overlaps"]):
        problems.append(f"{path}: {book['Overlap'].max_row - 1} overlaps, {len(report['overlaps'])} in the JSON report")
    summary = {row[0]: row[1] for row in book["Overblik"].iter_rows(min_row=2, max_row=12, values_only=True)}
    if summary.get("Afgørelseskode") != report["verdict"] or summary.get("Vurderet pr.") != assessed:
        problems.append(f"{path}: the summary's verdict or date differ from the JSON report: {summary}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--libreoffice", action="store_true", help="also open the Danish CSV in LibreOffice Calc")
    parser.add_argument("bases", nargs="+")
    arguments = parser.parse_args()
    failed = False
    for base in arguments.bases:
        problems = []
        report = json.loads(pathlib.Path(base + ".json").read_text(encoding="utf-8"))
        if "requirements" not in report:
            # A package that could not be evaluated: its workbook says so on its one sheet.
            sheet = openpyxl.load_workbook(base + ".xlsx").active
            if not sheet["A1"].value:
                problems.append(f"{base}.xlsx: a failed check's workbook does not say why")
            for problem in problems:
                print(f"error: {problem}", file=sys.stderr)
            print(f"{'FAIL' if problems else 'ok'}: {pathlib.Path(base).name} (could not be evaluated)")
            failed = failed or bool(problems)
            continue
        check_danish_csv(pathlib.Path(base + ".csv"), report, problems)
        check_english_csv(pathlib.Path(base + ".en.csv"), report, problems)
        if arguments.libreoffice:
            check_in_libreoffice(pathlib.Path(base + ".csv"), report, problems)
        check_xlsx(pathlib.Path(base + ".xlsx"), report, problems)
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"{'FAIL' if problems else 'ok'}: {pathlib.Path(base).name}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
