import Foundation
import SangKienInterchange
import Testing

/// `entry attach`, `attachments`, `detach`, `extract`, and `entry import` with files, as a
/// secretariat and a judge type them.
@Suite("dossier commands")
struct DossierCommandTests {
  static func pdf(_ text: String) -> [UInt8] { Array("%PDF-1.4\n% \(text)\n%%EOF\n".utf8) }

  @Test("attach, list as CSV, show, extract, detach; a refusal writes nothing")
  func commands() throws {
    let box = try AssignCommandTests.demo()
    let first = try box.write("thuyet-minh.pdf", bytes: Self.pdf("thuyết minh"))
    let second = try box.write("don.pdf", bytes: Self.pdf("đơn"))
    let attached = box.run(["entry", "attach", "SK-0001", first, "--blind"])
    #expect(
      attached.code == 0 && attached.out.contains("Attached #1 thuyet-minh.pdf"), "\(attached.err)")
    #expect(box.run(["entry", "attach", "SK-0001", second]).code == 0)
    let listed = box.run(["entry", "attachments", "SK-0001", "--format", "csv"]).out
    let rows = listed.split(separator: "\r\n")
    #expect(
      rows.count == 3
        && rows[0].hasSuffix("id,entry,name,media_type,size,sha256,blind,added_by,added_at"))
    #expect(rows[1].contains(",thuyet-minh.pdf,application/pdf,") && rows[1].contains(",true,"))
    #expect(box.run(["entry", "show", "SK-0001"]).out.contains("Dossier (2 files):"))
    let exe = try box.write("cai-dat.pdf", bytes: [0x4D, 0x5A, 0x90, 0x00])
    let refused = box.run(["entry", "attach", "SK-0002", second, exe])
    #expect(
      refused.code != 0
        && refused.err.contains("\(exe): error: the file '\(exe)' is a Windows program"),
      "\(refused.err)")
    #expect(box.run(["entry", "attachments", "SK-0002"]).out.contains("don.pdf") == false)
    let out = box.folder + "/ra"
    let extracted = box.run(["entry", "extract", "SK-0001", "--out", out])
    #expect(extracted.code == 0 && extracted.out.contains("2 files in \(out)."), "\(extracted.err)")
    #expect(FileManager.default.contentsEqual(atPath: out + "/thuyet-minh.pdf", andPath: first))
    // Shown to the judges afterwards: only with the reason; twice is refused.
    #expect(box.run(["entry", "blind", "SK-0001", "2"]).code != 0)
    let shown = box.run(["entry", "blind", "SK-0001", "2", "--reason", "Đã xem: không lộ tên"])
    #expect(shown.code == 0 && shown.out.contains("now see #2 don.pdf"), "\(shown.err)")
    #expect(box.run(["entry", "blind", "SK-0001", "2", "--reason", "lại"]).code == 1)
    let hidden = box.run(["entry", "blind", "SK-0001", "2", "--off"])
    #expect(hidden.code == 0 && hidden.out.contains("hidden from the judges"), "\(hidden.err)")
    let detached = box.run(["entry", "detach", "SK-0001", "2", "--reason", "Nộp nhầm"])
    #expect(detached.code == 0, "\(detached.err)")
    #expect(box.run(["entry", "detach", "SK-0001", "2"]).code != 0)
    #expect(box.run(["audit", "verify"]).code == 0)
  }

  @Test("a judge extracts the blind files of an entry they score, and nothing else")
  func judge() throws {
    let box = try AssignCommandTests.demo()
    #expect(box.run(["assign"]).code == 0)
    let pairs = AssignCommandTests.pairs(box)
    let mine = pairs.first { $0[0] == "gk01" }![1]
    let other = pairs.first { pair in
      pair[0] != "gk01" && !pairs.contains { $0[0] == "gk01" && $0[1] == pair[1] }
    }![1]
    #expect(
      box.run(["entry", "attach", mine, try box.write("a.pdf", bytes: Self.pdf("a")), "--blind"])
        .code == 0)
    #expect(
      box.run(["entry", "attach", mine, try box.write("b.pdf", bytes: Self.pdf("b"))]).code == 0)
    let judge = ["--as", "gk01"]
    let got = box.run(["entry", "extract", mine, "--out", box.folder + "/gk01"] + judge)
    #expect(got.code == 0 && got.out.contains("1 files in"), "\(got.err)")
    #expect(!FileManager.default.fileExists(atPath: box.folder + "/gk01/b.pdf"))
    let sheet = box.run(["score", "sheet", "--judge", "gk01"] + judge).out
    #expect(sheet.contains("a.pdf (#1, ") && !sheet.contains("b.pdf"))
    let refused = box.run(["entry", "extract", other, "--out", box.folder + "/x"] + judge)
    #expect(refused.code != 0 && refused.err.contains("does not score \(other)"), "\(refused.err)")
    #expect(box.run(["audit", "log", "--format", "csv"]).out.contains("access.refused"))
  }

  @Test("entry import from a workbook with an attachments column names a missing file's cell")
  func workbookImport() throws {
    let box = try EntryCommandTests.initialised()
    _ = try box.write("ho-so-1.pdf", bytes: Self.pdf("1"))
    let header = [
      "Tên sáng kiến", "Loại", "Đối tượng", "Tác giả", "Đơn vị", "Ngày nhận", "Tệp đính kèm",
    ]
    func workbook(_ file: String) throws -> String {
      try box.write(
        "ds.xlsx",
        bytes: try XLSXWriter.bytes([
          XLSXWriter.Sheet(
            name: "Danh sách", header: header,
            rows: [
              ["Một cửa số", "idea", "individual", "An", "Sở A", "2019-10-01", "ho-so-1.pdf"],
              ["Hai cửa số", "idea", "individual", "Bình", "Sở B", "2019-10-02", file],
            ])
        ]))
    }
    let bad = box.run(["entry", "import", try workbook("thieu.pdf")])
    #expect(
      bad.code != 0 && bad.err.contains("ds.xlsx:Danh sách!G3: Tệp đính kèm: error:"), "\(bad.err)")
    #expect(box.run(["entry", "list", "--format", "csv"]).out.split(separator: "\r\n").count == 1)
    _ = try box.write("ho-so-2.pdf", bytes: Self.pdf("2"))
    let twice = box.run(["entry", "import", try workbook("ho-so-2.pdf; ho-so-2.pdf")])
    #expect(twice.code != 0 && twice.err.contains("same bytes"), "\(twice.err)")
    let fine = box.run(["entry", "import", try workbook("ho-so-2.pdf")])
    #expect(fine.code == 0 && fine.out.contains("with 2 dossier files"), "\(fine.out) \(fine.err)")
  }
}
