import Foundation
import GRDB
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing
import ZIPFoundation

@testable import SangKienWorkflow

/// Files of each kind a dossier meets, written by the tests.
enum DossierFiles {
  static func write(_ folder: String, _ name: String, _ bytes: [UInt8]) throws -> String {
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func pdf(_ text: String) -> [UInt8] { Array("%PDF-1.4\n% \(text)\n%%EOF\n".utf8) }

  /// A zip holding `entries` (path → text), the first one stored uncompressed.
  static func zip(_ folder: String, _ name: String, _ entries: [(String, String)]) throws
    -> String
  {
    let path = folder + "/" + name
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for (index, (entry, text)) in entries.enumerated() {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: entry, type: .file, uncompressedSize: Int64(data.count),
        compressionMethod: index == 0 ? .none : .deflate
      ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
    }
    return path
  }

  static func docx(_ folder: String, _ name: String, macros: Bool = false) throws -> String {
    try zip(
      folder, name,
      [("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")]
        + (macros ? [("word/vbaProject.bin", "VBA")] : []))
  }

  /// An OLE compound file whose directory holds `stream` (`WordDocument` for a .doc).
  static func compound(_ stream: String) -> [UInt8] {
    var file = [UInt8](repeating: 0, count: 512 * 3)
    func put32(_ value: UInt32, at offset: Int) {
      for byte in 0..<4 { file[offset + byte] = UInt8((value >> (8 * UInt32(byte))) & 0xFF) }
    }
    let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    file.replaceSubrange(0..<8, with: signature)
    file[0x18] = 0x3E
    file[0x1A] = 0x03
    file[0x1C] = 0xFE
    file[0x1D] = 0xFF
    file[0x1E] = 9
    file[0x20] = 6
    put32(1, at: 0x2C)  // one FAT sector
    put32(1, at: 0x30)  // the directory starts at sector 1
    put32(0xFFFF_FFFE, at: 0x3C)
    put32(0, at: 0x4C)  // DIFAT[0]: the FAT is sector 0
    for index in 1..<109 { put32(0xFFFF_FFFF, at: 0x4C + 4 * index) }
    // Sector 0 (file offset 512): the FAT.
    for index in 0..<128 { put32(0xFFFF_FFFF, at: 512 + 4 * index) }
    put32(0xFFFF_FFFD, at: 512)
    put32(0xFFFF_FFFE, at: 516)
    // Sector 1 (file offset 1024): the directory.
    for (slot, name) in ["Root Entry", stream].enumerated() {
      let base = 1024 + 128 * slot
      let units = Array(name.utf16) + [0]
      for (index, unit) in units.enumerated() {
        file[base + 2 * index] = UInt8(unit & 0xFF)
        file[base + 2 * index + 1] = UInt8(unit >> 8)
      }
      file[base + 64] = UInt8(units.count * 2)
      file[base + 66] = slot == 0 ? 5 : 2
    }
    return file
  }
}

@Suite("the media types a dossier takes, from the bytes")
struct MediaSnifferTests {
  @Test("accepted: PDF, Word, Excel, PowerPoint old and new, OpenDocument, RTF, JPEG, PNG, text")
  func accepted() throws {
    let folder = NSTemporaryDirectory() + "sniff-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let xlsx = try DossierFiles.write(
      folder, "bang.xlsx",
      try XLSXWriter.bytes([XLSXWriter.Sheet(name: "A", header: ["a"], rows: [["1"]])]))
    let cases: [(String, String)] = [
      (try DossierFiles.write(folder, "a.pdf", DossierFiles.pdf("x")), "application/pdf"),
      (
        try DossierFiles.docx(folder, "thuyet-minh.docx"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
      ),
      (xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      (
        try DossierFiles.write(folder, "cu.doc", DossierFiles.compound("WordDocument")),
        "application/msword"
      ),
      (
        try DossierFiles.write(folder, "cu.xls", DossierFiles.compound("Workbook")),
        "application/vnd.ms-excel"
      ),
      (
        try DossierFiles.zip(
          folder, "van-ban.odt",
          [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")]),
        "application/vnd.oasis.opendocument.text"
      ),
      (try DossierFiles.write(folder, "a.rtf", Array("{\\rtf1 Xin chào}".utf8)), "application/rtf"),
      (try DossierFiles.write(folder, "anh.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), "image/jpeg"),
      (
        try DossierFiles.write(
          folder, "anh.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        "image/png"
      ),
      (
        try DossierFiles.write(folder, "ghi-chu.txt", Array("Hồ sơ gồm 3 tệp.\n".utf8)),
        "text/plain"
      ),
    ]
    for (path, type) in cases {
      let found = try MediaSniffer.sniff(path: path, name: (path as NSString).lastPathComponent)
      #expect(found.accepted && found.mediaType == type, "\(path): \(found)")
    }
  }

  @Test("refused, saying what was found: programs, scripts, archives, macros, other images")
  func refused() throws {
    let folder = NSTemporaryDirectory() + "sniff-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let cases: [(String, String)] = [
      (try DossierFiles.write(folder, "setup.pdf", [0x4D, 0x5A, 0x90, 0]), "Windows program"),
      (try DossierFiles.write(folder, "a.bin", [0x7F, 0x45, 0x4C, 0x46, 2]), "Linux program"),
      (try DossierFiles.write(folder, "chay.txt", Array("#!/bin/sh\nrm -rf /\n".utf8)), "script"),
      (try DossierFiles.write(folder, "chay.bat", Array("@echo off\n".utf8)), "(.bat)"),
      (try DossierFiles.write(folder, "trang.txt", Array("<html><script>".utf8)), "HTML"),
      (try DossierFiles.zip(folder, "nen.zip", [("a.txt", "a")]), "zip archive"),
      (try DossierFiles.docx(folder, "macro.docx", macros: true), "macros"),
      (try DossierFiles.write(folder, "a.rar", Array("Rar!\u{1A}\u{07}\u{0}".utf8)), "RAR"),
      (try DossierFiles.write(folder, "anh.gif", Array("GIF89a".utf8)), "GIF"),
      (
        try DossierFiles.write(folder, "cai-dat.doc", DossierFiles.compound("Property")),
        "OLE"
      ),
      (try DossierFiles.write(folder, "tcvn3.txt", [0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69]), "UTF-8"),
      (try DossierFiles.write(folder, "rac.dat", [0x00, 0x01, 0x02, 0x03]), "unknown"),
    ]
    Language.$current.withValue(.en) {
      for (path, word) in cases {
        let found = try? MediaSniffer.sniff(path: path, name: (path as NSString).lastPathComponent)
        #expect(
          found?.accepted == false && found?.label.contains(word) == true,
          "\(path): \(String(describing: found))")
      }
    }
  }
}

@Suite("text is taken only when it is well-formed UTF-8")
struct SniffedTextTests {
  static let regressions =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fuzz/Regressions/sniff").path

  @Test(
    "a surrogate, an overlong form or a code point past U+10FFFF is not UTF-8",
    arguments: [
      [UInt8]([0xED, 0xAA, 0xAA]),  // U+DAAA, a lone surrogate (the fuzzer's input)
      [0xED, 0xA0, 0x80], [0xE0, 0x80, 0xAF],  // overlong '/'
      [0xF0, 0x80, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
      [0xC0, 0xAF],
    ])
  func malformed(bytes: [UInt8]) throws {
    let folder = NSTemporaryDirectory() + "sniff-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = try DossierFiles.write(folder, "ghi-chu.txt", Array("Ghi chú ".utf8) + bytes)
    let found = try MediaSniffer.sniff(path: path, name: "ghi-chu.txt")
    #expect(!found.accepted, "\(bytes): \(found)")
    #expect(String(validating: bytes, as: UTF8.self) == nil, "the case itself is malformed")
  }

  @Test("well-formed text at the edges of the ranges is taken")
  func wellFormed() throws {
    let folder = NSTemporaryDirectory() + "sniff-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let text = "Tiếng Việt \u{0800}\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}\n"
    let path = try DossierFiles.write(folder, "ok.txt", Array(text.utf8))
    #expect(try MediaSniffer.sniff(path: path, name: "ok.txt").accepted)
  }

  @Test("the inputs the sniff fuzzer found stay refused as text")
  func regressions() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.regressions)
    #expect(!files.isEmpty)
    for file in files {
      let path = Self.regressions + "/" + file
      let found = try MediaSniffer.sniff(path: path, name: file)
      let bytes = try #require(FileManager.default.contents(atPath: path))
      if found.accepted && found.mediaType == "text/plain" {
        #expect(String(validating: [UInt8](bytes), as: UTF8.self) != nil, "\(file)")
      }
    }
  }
}

@Suite("entry dossiers")
struct DossierTests {
  static func folder(_ contest: ContestFixture) throws -> String {
    let folder = contest.folder + "/files-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("attached, listed, extracted byte for byte, detached with a reason and kept")
  func lifecycle() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let folder = try Self.folder(contest)
    let big = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
    let files = [
      try DossierFiles.write(folder, "Thuyết minh.pdf", DossierFiles.pdf("thuyết minh") + big),
      try DossierFiles.write(folder, "bang-diem.pdf", DossierFiles.pdf("bảng")),
    ]
    let added = try w.attach(files, to: "sk-0001", blind: true, by: contest.secretariat)
    #expect(added.map(\.name) == ["Thuyết minh.pdf", "bang-diem.pdf"])
    #expect(added[0].size == Int64(DossierFiles.pdf("thuyết minh").count + big.count))
    #expect(
      added[0].name.unicodeScalars.elementsEqual(
        "Thuyết minh.pdf".precomposedStringWithCanonicalMapping.unicodeScalars))
    let listed = try w.attachments(of: "SK-0001", by: contest.secretariat)
    #expect(listed == added)
    #expect(try w.entry(code: "SK-0001", by: contest.secretariat).attachments == added)
    let out = folder + "/ra"
    let written = try w.extract("SK-0001", to: out, by: contest.secretariat)
    #expect(written.count == 2)
    for (file, source) in zip(written, files) {
      #expect(FileManager.default.contentsEqual(atPath: file.path, andPath: source))
    }
    // Extracted again: the same bytes are left as they are.
    #expect(try w.extract("SK-0001", to: out, by: contest.secretariat).allSatisfy(\.alreadyThere))
    // Another file of the same name in the folder is never overwritten.
    try Data("khác".utf8).write(to: URL(fileURLWithPath: out + "/bang-diem.pdf"))
    #expect(refusal { try w.extract("SK-0001", to: out, by: contest.secretariat) } != nil)
    let before = try contest.auditCount()
    let gone = try w.detach(
      added[1].id, from: "SK-0001", reason: "Nộp nhầm tệp", by: contest.secretariat)
    #expect(gone.id == added[1].id)
    #expect(try w.attachments(of: "SK-0001", by: contest.secretariat).map(\.id) == [added[0].id])
    #expect(try contest.auditCount() == before + 1)
    let record = try w.auditLog(by: contest.secretariat).last
    #expect(record?.action == "entry.detach" && record?.note == "Nộp nhầm tệp")
    #expect(
      record?.after?.contains("\"sha256\"") == true && record?.after?.contains("%PDF") == false)
    // Its bytes stay: the log and the data still agree.
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
    // Detached twice, or a reason left out: refused.
    #expect(
      refusal { try w.detach(added[1].id, from: "SK-0001", reason: "x", by: contest.secretariat) }
        != nil)
    #expect(
      fields(
        refusal { try w.detach(added[0].id, from: "SK-0001", reason: " ", by: contest.secretariat) }
      ) == ["reason"])
    // The same file may come back once it is out.
    #expect(try w.attach([files[1]], to: "SK-0001", by: contest.secretariat).count == 1)
  }

  @Test("every rule refuses with the file named, and nothing of the call is written")
  func rules() throws {
    let contest = try ContestFixture(contestExtra: "attachments: {max_file_mb: 1, max_entry_mb: 2}")
    let w = contest.workflow
    let folder = try Self.folder(contest)
    let megabyte = [UInt8](repeating: 0x41, count: 1 << 20)
    let good = try DossierFiles.write(folder, "good.pdf", DossierFiles.pdf("tốt"))
    let cases: [(String, String)] = [
      (try DossierFiles.write(folder, "empty.pdf", []), "empty"),
      (
        try DossierFiles.write(folder, "big.pdf", DossierFiles.pdf("lớn") + megabyte),
        "over the limit of 1 MB a file"
      ),
      (try DossierFiles.write(folder, "setup.exe", [0x4D, 0x5A]), "program or script"),
      (try DossierFiles.zip(folder, "ho-so.zip", [("a.pdf", "%PDF")]), "zip archive"),
      (folder + "/missing.pdf", "no such file"),
      (folder, "is a folder"),
    ]
    try Language.$current.withValue(.en) {
      for (path, words) in cases {
        let error = refusal { try w.attach([good, path], to: "SK-0001", by: contest.secretariat) }
        let problem = error?.problems.first
        #expect(problem?.diagnostic(source: "").file == path, "\(String(describing: error))")
        #expect(problem?.message.contains(words) == true, "\(String(describing: error))")
        #expect(error?.problems.count == 1)
      }
      // The same bytes twice in one call, and a file already in the dossier.
      let twin = try DossierFiles.write(folder, "ban-sao.pdf", DossierFiles.pdf("tốt"))
      #expect(
        refusal { try w.attach([good, twin], to: "SK-0001", by: contest.secretariat) }?.description
          .contains("same bytes as") == true)
      _ = try w.attach([good], to: "SK-0001", by: contest.secretariat)
      #expect(
        refusal { try w.attach([twin], to: "SK-0001", by: contest.secretariat) }?.description
          .contains("already in SK-0001's dossier") == true)
      // The dossier's limit: three files just under 1 MB make more than 2 MB.
      let near = (0..<3).map { index in
        try? DossierFiles.write(
          folder, "phan-\(index).pdf", DossierFiles.pdf("\(index)") + megabyte.dropLast(100))
      }.compactMap { $0 }
      let over = refusal { try w.attach(near, to: "SK-0002", by: contest.secretariat) }
      #expect(
        over?.description.contains("over the limit of 2 MB an entry") == true,
        "\(String(describing: over))")
      // A rejected entry's dossier is closed.
      _ = try w.setStatus(code: "SK-0003", to: .rejected, reason: "Trùng", by: contest.secretariat)
      guard
        case .wrongState = refusal({ try w.attach([good], to: "SK-0003", by: contest.secretariat) })
      else {
        Issue.record("a rejected entry took a file")
        return
      }
    }
    #expect(try w.attachments(of: "SK-0002", by: contest.secretariat).isEmpty)
    #expect(try w.attachments(of: "SK-0001", by: contest.secretariat).count == 1)
  }

  @Test("a judge sees the blind files of the entries they score, and is refused any other")
  func judges() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let folder = try Self.folder(contest)
    let mine = try contest.firstCode(judge: "gk01")
    let lists = try w.worklists(round: nil, judge: nil, by: contest.secretariat)
    let notMine = try #require(
      lists.lines.map(\.pair).first { pair in
        pair.judge == "gk02"
          && !lists.lines.contains { $0.pair.judge == "gk01" && $0.pair.entry == pair.entry }
      }?.entry)
    let blind = try w.attach(
      [try DossierFiles.write(folder, "thuyet-minh.pdf", DossierFiles.pdf("ẩn danh"))], to: mine,
      blind: true, by: contest.secretariat)
    _ = try w.attach(
      [try DossierFiles.write(folder, "don-dang-ky.pdf", DossierFiles.pdf("có tên tác giả"))],
      to: mine, by: contest.secretariat)
    _ = try w.attach(
      [try DossierFiles.write(folder, "khac.pdf", DossierFiles.pdf("của người khác"))],
      to: notMine, blind: true, by: contest.secretariat)
    let judge = try contest.judge("gk01")
    // As a judge is shown them: who added each left out.
    #expect(try w.attachments(of: mine, by: judge) == blind.map(\.judgesView))
    #expect(try w.attachments(of: mine, by: judge).allSatisfy { $0.addedBy.isEmpty })
    #expect(
      try w.worklist(round: nil, judge: "gk01", by: judge).items.first { $0.code == mine }?.files
        == blind.map(\.judgesView))
    let sheet = try w.blankSheet(round: nil, judge: "gk01", by: judge)
    #expect(
      sheet.lines.first { $0.entry == mine }?.files == [
        "thuyet-minh.pdf (#\(blind[0].id), \(Attachment.sizeText(blind[0].size)))"
      ])
    let out = try w.extract(mine, to: folder + "/gk01", by: judge)
    #expect(out.map(\.attachment.name) == ["thuyet-minh.pdf"])
    let before = try contest.auditCount()
    for attempt in [
      { _ = try w.extract(notMine, to: folder + "/x", by: judge) },
      { _ = try w.attachments(of: notMine, by: judge) },
    ] {
      guard case .notPermitted = refusal(attempt) else {
        Issue.record("a judge read a dossier not theirs")
        return
      }
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/x"))
    let refusals = try w.auditLog(by: contest.secretariat).suffix(2)
    #expect(try contest.auditCount() == before + 2)
    #expect(refusals.allSatisfy { $0.action == "access.refused" && $0.actor == "gk01" })
    // Attaching is the secretariat's.
    guard
      case .notPermitted = refusal({
        try w.attach([folder + "/gk01/thuyet-minh.pdf"], to: mine, by: judge)
      })
    else {
      Issue.record("a judge attached a file")
      return
    }
  }

  @Test("a file swapped or deleted behind sangkien's back is named by audit verify")
  func integrity() throws {
    let contest = try ContestFixture()
    let folder = try Self.folder(contest)
    let files = try contest.workflow.attach(
      [
        try DossierFiles.write(folder, "a.pdf", DossierFiles.pdf("một")),
        try DossierFiles.write(folder, "b.pdf", DossierFiles.pdf("hai")),
      ], to: "SK-0005", by: contest.secretariat)
    #expect(try contest.workflow.verifyAudit(by: contest.secretariat).isIntact)
    let queue = try DatabaseQueue(path: contest.path)
    var swapped = DossierFiles.pdf("một")
    swapped[12] ^= 0x20
    try queue.write { db in
      // The same size, other bytes; and the second file's row gone.
      try db.execute(
        sql: "UPDATE attachment_content SET content = ? WHERE id = ?",
        arguments: [Data(swapped), files[0].id])
      try db.execute(sql: "DELETE FROM attachment WHERE id = ?", arguments: [files[1].id])
    }
    try queue.close()
    let result = try Language.$current.withValue(.en) {
      try contest.otherDesk().verifyAudit(by: contest.secretariat)
    }
    #expect(!result.isIntact)
    let problems = result.dataProblems.joined(separator: "\n")
    #expect(
      problems.contains("SK-0005: attached file #\(files[0].id) 'a.pdf': its bytes do not match"),
      "\(problems)")
    #expect(
      problems.contains(
        "SK-0005: attached file #\(files[1].id) 'b.pdf': in the audit log but missing"),
      "\(problems)")
  }

  @Test("a backup holds every file, and a restored database gives them back")
  func backup() throws {
    let contest = try ContestFixture()
    let folder = try Self.folder(contest)
    let source = try DossierFiles.write(folder, "ban-thuyet-minh.pdf", DossierFiles.pdf("bản gốc"))
    _ = try contest.workflow.attach([source], to: "SK-0007", blind: true, by: contest.secretariat)
    let copy = folder + "/sao-luu.sqlite"
    _ = try contest.workflow.backup(to: copy, replace: false, by: contest.secretariat)
    // Lost from the live file, then restored from the copy.
    let queue = try DatabaseQueue(path: contest.path)
    try queue.write { db in
      try db.execute(sql: "UPDATE attachment_content SET content = zeroblob(length(content))")
    }
    try queue.close()
    _ = try contest.otherDesk().restore(from: copy, by: contest.secretariat)
    let restored = try contest.otherDesk()
    let out = try restored.extract("SK-0007", to: folder + "/ra", by: contest.secretariat)
    #expect(FileManager.default.contentsEqual(atPath: out[0].path, andPath: source))
    #expect(try restored.verifyAudit(by: contest.secretariat).isIntact)
  }

  @Test("entry import attaches the files its rows name, in the same transaction, or none")
  func importWithFiles() throws {
    let contest = try ContestFixture(demo: false)
    let w = contest.workflow
    let folder = try Self.folder(contest)
    try FileManager.default.createDirectory(
      atPath: folder + "/ho-so", withIntermediateDirectories: true)
    _ = try DossierFiles.write(folder + "/ho-so", "1-thuyet-minh.pdf", DossierFiles.pdf("1"))
    _ = try DossierFiles.write(folder + "/ho-so", "1-minh-chung.pdf", DossierFiles.pdf("1b"))
    _ = try DossierFiles.write(folder + "/ho-so", "2.pdf", DossierFiles.pdf("2"))
    let header = "title,category,entrant_kind,authors,unit,received_on,tệp đính kèm\n"
    let rows = [
      "Một cửa số,idea,individual,An,Sở A,2019-10-01,ho-so/1-thuyet-minh.pdf; ho-so/1-minh-chung.pdf",
      "Hai cửa số,idea,individual,Bình,Sở B,2019-10-02,ho-so/2.pdf",
      "Ba cửa số,idea,individual,Chi,Sở C,2019-10-03,",
    ]
    let bad = try contest.write(
      "bad.csv",
      header + rows.joined(separator: "\n")
        + "\nBốn,idea,individual,Dũng,Sở D,2019-10-04,ho-so/thieu.pdf\n")
    // The CSV sits in the fixture's folder; the files in its ho-so folder.
    try FileManager.default.moveItem(atPath: folder + "/ho-so", toPath: contest.folder + "/ho-so")
    let error = refusal { try w.importEntries(.path(bad), by: contest.secretariat) }
    let problem = try #require(error?.problems.first)
    #expect(problem.line == 5 && problem.field == "tệp đính kèm", "\(String(describing: error))")
    #expect(try w.entries(by: contest.secretariat).isEmpty)
    #expect(try ContestDatabase.open(path: contest.path).attachments().isEmpty)
    let goodFile = try contest.write("good.csv", header + rows.joined(separator: "\n") + "\n")
    let report = try w.importEntries(.path(goodFile), by: contest.secretariat)
    #expect(report.count == 3 && report.attached == 3)
    let dossiers = try ContestDatabase.open(path: contest.path).attachments()
    #expect(dossiers["SK-0001"]?.map(\.name) == ["1-thuyet-minh.pdf", "1-minh-chung.pdf"])
    #expect(dossiers["SK-0002"]?.map(\.name) == ["2.pdf"])
    #expect(try w.verifyAudit(by: contest.secretariat).isIntact)
  }
}
