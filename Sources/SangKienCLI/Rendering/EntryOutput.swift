import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage

/// How entries are shown and written.
enum EntryOutput {
  static func list(_ entries: [Entry], format: OutputFormat) {
    let console = Console.current
    switch format {
    case .table:
      if entries.isEmpty {
        console.line(Language.text(vi: "Không có sáng kiến nào.", en: "No entries."))
        return
      }
      let table = TextTable(
        headers: EntryTable.listHeaders, rows: entries.map(EntryTable.listRow),
        flexible: [1: 2, 3: 1, 4: 1])
      console.out(table.render(width: console.isTerminal ? console.width : nil))
      console.line(
        Language.text(vi: "\(entries.count) sáng kiến.", en: "\(entries.count) entries."))
    case .csv:
      EntryTable.writeCSV(entries) { console.out(String(decoding: $0, as: UTF8.self)) }
    case .json:
      console.out(JSONValue.array(entries.map(\.jsonValue)).prettyText)
    case .md:
      console.out(
        MarkdownTable.render(headers: EntryTable.listHeaders, rows: entries.map(EntryTable.listRow))
      )
    }
  }

  static func detail(_ entry: Entry, history: [AuditRecord]) -> String {
    let vi = Language.current == .vi
    let d = entry.draft
    var rows: [(String, String)] = [
      (vi ? "Mã" : "Code", entry.code),
      (vi ? "Tên" : "Title", d.title),
      (vi ? "Loại" : "Category", vi ? d.category.vietnamese : d.category.rawValue),
      (vi ? "Đối tượng" : "Entrant", vi ? d.entrantKind.vietnamese : d.entrantKind.rawValue),
      (vi ? "Tác giả" : "Authors", Author.formatList(d.authors)),
      (vi ? "Đơn vị" : "Unit", d.unit),
      (vi ? "Lĩnh vực" : "Field", d.field),
      (vi ? "Nơi tiếp nhận" : "Received by", d.receivedBy),
      (vi ? "Ngày nhận" : "Received on", vi ? d.receivedOn.vietnamese : d.receivedOn.iso),
      (vi ? "Liên hệ" : "Contact", d.contact),
      (vi ? "Trạng thái" : "Status", entry.status.localized),
    ]
    if let reason = entry.statusReason { rows.append((vi ? "Lý do" : "Reason", reason)) }
    if let late = entry.lateReason { rows.append((vi ? "Nhận muộn vì" : "Accepted late", late)) }
    let labelWidth = rows.map { VietnameseText.displayWidth($0.0) }.max() ?? 0
    var text = ""
    for (label, value) in rows {
      let pad = String(repeating: " ", count: labelWidth - VietnameseText.displayWidth(label))
      text += "\(label)\(pad)  \(value)\n"
    }
    if !d.summary.isEmpty {
      text += "\n" + (vi ? "Tóm tắt:" : "Summary:") + "\n" + d.summary + "\n"
    }
    if !history.isEmpty {
      text += "\n" + (vi ? "Lịch sử:" : "History:") + "\n"
      for record in history {
        text += "  \(record.at)  \(record.actor)  \(record.action)"
        if let note = record.note { text += "  (\(note))" }
        text += "\n"
      }
    }
    return text
  }

  static func changeStatus(
    _ code: String, to status: EntryStatus, reason: String?, database: DatabaseOptions
  ) throws {
    let cleaned = reason.map { VietnameseText.clean($0) }
    if status != .valid && (cleaned ?? "").isEmpty {
      throw CLIError.refused(
        Language.text(vi: "cần --reason \"lý do\"", en: "--reason \"why\" is required"))
    }
    let entry = try database.open(.secretariat, command: "entry " + status.rawValue).setStatus(
      code: code, to: status, reason: cleaned, context: try database.context())
    Console.current.line(
      Language.text(
        vi: "\(entry.code): \(entry.status.vietnamese).",
        en: "\(entry.code): \(entry.status.rawValue)."))
  }

  /// Writes bytes to a file (atomically) or to standard output.
  static func write(_ bytes: [UInt8], to path: String?) throws {
    guard let path else {
      Console.current.out(String(decoding: bytes, as: UTF8.self))
      return
    }
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw InterchangeError.cannotWrite(path: path)
    }
  }

  static func export(_ entries: [Entry], format: OutputFormat, to path: String?) throws {
    var bytes: [UInt8] = []
    if format == .json {
      bytes = Array(JSONValue.array(entries.map(\.jsonValue)).prettyText.utf8)
    } else {
      EntryTable.writeCSV(entries) { bytes.append(contentsOf: $0) }
    }
    guard let path else {
      Console.current.out(String(decoding: bytes, as: UTF8.self))
      return
    }
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw InterchangeError.cannotWrite(path: path)
    }
    Console.current.warn(
      Language.text(
        vi: "Đã ghi \(entries.count) sáng kiến vào \(path).",
        en: "Wrote \(entries.count) entries to \(path)."))
  }
}
