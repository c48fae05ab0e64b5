"""A measurement, not a test: the peak resident memory of checking an entries workbook whose
shared strings unpack to 210 MB from a 5.2 MB file (40:1, under the zip-bomb ratio guard;
the attack's was 244 MB from 2.6 MB), against the same binary listing the entries.
Usage: python3 Tests/API/measure_shared_strings.py PATH-TO-SANGKIEN"""
import os
import subprocess
import sys
import tempfile
import zipfile

binary = os.path.abspath(sys.argv[1])
work = tempfile.mkdtemp(prefix="sangkien-shared-strings-")
N = 2_000_000
items = "".join(
    f"<si><t>Tóm tắt sáng kiến cải cách thủ tục hành chính một cửa liên thông số {i % 1000}</t></si>"
    for i in range(N))
shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
          f'openxmlformats.org/spreadsheetml/2006/main" count="{N}" uniqueCount="{N}">{items}</sst>')
header = ["code", "title", "category", "entrant_kind", "authors", "unit", "field", "received_by",
          "received_on", "summary"]
cells = "".join(f'<c r="{chr(65 + j)}1" t="inlineStr"><is><t>{h}</t></is></c>'
                for j, h in enumerate(header))
main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
pkg = "http://schemas.openxmlformats.org/package/2006"
parts = {
    "[Content_Types].xml": f'<Types xmlns="{pkg}/content-types"><Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
    'Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels": f'<Relationships xmlns="{pkg}/relationships"><Relationship Id="rId1" '
    f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Danh '
    'sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{pkg}/relationships"><Relationship '
    f'Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
    f'Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData><row r="1">{cells}</row>'
    '<row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData></worksheet>',
    "xl/sharedStrings.xml": shared,
}
book = os.path.join(work, "bomb.xlsx")
with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for name, text in parts.items():
        z.writestr(name, text)
db = os.path.join(work, "demo")
subprocess.run([binary, "demo", "--out", db], check=True, capture_output=True)
who = ["--db", os.path.join(db, "sangkien.sqlite"), "--as", "Tổ thư ký (minh hoạ)"]


def peak(arguments):
    run = subprocess.run(["/usr/bin/time", "-f", "%M %e", binary, *arguments, *who],
                         capture_output=True, text=True)
    kb, seconds = run.stderr.strip().splitlines()[-1].split()
    return int(kb) / 1024, float(seconds)


base, _ = peak(["entry", "list"])
used, took = peak(["entry", "import", book, "--dry-run"])
print(f"workbook {os.path.getsize(book) / 2**20:.1f} MB, shared strings "
      f"{len(shared.encode()) / 2**20:.0f} MB unpacked")
print(f"entry list: {base:.0f} MB peak; the workbook's check: {used:.0f} MB peak "
      f"({used - base:.0f} MB more), {took:.1f} s")
