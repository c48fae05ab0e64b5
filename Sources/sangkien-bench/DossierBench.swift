import Foundation
import SangKienModel

/// `sangkien-bench dossier`: entries' dossiers at scale. Attaching `files` files of
/// `sizeMB` MB (through `entry import`'s attachments column, one transaction), the database's
/// size, `backup` of it, `audit verify` with every file re-hashed, and the peak memory of
/// `entry attach` with one file of the contest's largest size (25 MB).
enum DossierBench {
  static func run(files: Int, sizeMB: Int, keep: String?) {
    let manager = FileManager.default
    let place = BenchPlace(keep: keep, prefix: "sangkien-dossier")
    defer { place.clean() }
    let folder = place.folder
    let environment = ["SANGKIEN_LANG": "en", "SANGKIEN_ACTOR": "bench"]
    func sangkien(_ arguments: [String], name: String, rows: Int? = nil) -> Measurement {
      place.sangkien(arguments, environment: environment, name: name, rows: rows)
    }
    func size(_ path: String) -> Double {
      Double((try? manager.attributesOfItem(atPath: folder + "/" + path)[.size] as? Int) ?? 0)
        / 1_048_576
    }
    // Files of seeded random bytes behind a PDF header: incompressible, as scans are.
    var random = SeededGenerator(seed: 21)
    func pdf(_ name: String, bytes: Int) {
      var data = Data("%PDF-1.4\n% \(name)\n".utf8)
      data.reserveCapacity(bytes)
      while data.count < bytes {
        var word = random.next()
        withUnsafeBytes(of: &word) { data.append(contentsOf: $0) }
      }
      try? data.prefix(bytes).write(to: URL(fileURLWithPath: folder + "/files/" + name))
    }
    try? manager.createDirectory(atPath: folder + "/files", withIntermediateDirectories: true)
    let perEntry = 10
    let entries = (files + perEntry - 1) / perEntry
    var csv = "title,category,entrant_kind,authors,unit,received_on,attachments\r\n"
    for entry in 0..<entries {
      var names: [String] = []
      for index in 0..<min(perEntry, files - entry * perEntry) {
        let name = "sk\(entry)-tep\(index).pdf"
        pdf(name, bytes: sizeMB << 20)
        names.append("files/" + name)
      }
      csv +=
        "Sáng kiến thử \(entry),idea,individual,Tác giả \(entry),Đơn vị \(entry),2019-10-01,"
        + names.joined(separator: ";") + "\r\n"
    }
    let db = ["--db", "d.sqlite"]
    _ = sangkien(["init", "--contest", place.contest] + db, name: "init")
    let attach = sangkien(
      ["entry", "import", place.write("entries.csv", csv), "--allow-duplicates"] + db,
      name: "entry import with files", rows: files)
    let databaseMB = size("d.sqlite") + size("d.sqlite-wal")
    let backup = sangkien(["backup", "copy.sqlite"] + db, name: "backup")
    let verify = sangkien(["audit", "verify"] + db, name: "audit verify", rows: files)
    pdf("lon.pdf", bytes: 25 << 20)
    let big = sangkien(
      ["entry", "attach", "SK-0001", "files/lon.pdf", "--blind"] + db, name: "attach 25 MB")
    let extract = sangkien(
      ["entry", "extract", "SK-0001", "--out", "ra", "--blind-only"] + db, name: "extract 25 MB")
    print(
      String(
        format: "%d files of %d MB: attached in %.2f s (%.0f MB/s), peak %.1f MB; database %.1f MB",
        files, sizeMB, attach.seconds, Double(files * sizeMB) / attach.seconds,
        Double(attach.peakKB) / 1024, databaseMB))
    print(
      String(
        format: "backup: %.2f s, copy %.1f MB, peak %.1f MB", backup.seconds, size("copy.sqlite"),
        Double(backup.peakKB) / 1024))
    print(
      String(
        format: "audit verify (every file re-hashed): %.2f s, peak %.1f MB", verify.seconds,
        Double(verify.peakKB) / 1024))
    print(
      String(
        format:
          "entry attach of one 25 MB file: %.2f s, peak %.1f MB; extract: %.2f s, peak %.1f MB",
        big.seconds, Double(big.peakKB) / 1024, extract.seconds, Double(extract.peakKB) / 1024))
    pdf("nho.pdf", bytes: 100)
    let small = sangkien(
      ["entry", "attach", "SK-0002", "files/nho.pdf"] + db, name: "attach 100 B")
    print(
      String(
        format:
          "(entry attach of a 100-byte file peaks at %.1f MB: the rest is SQLite's page cache, capped at 32 MB)",
        Double(small.peakKB) / 1024))
  }
}
