import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// How entries are shown and written.
enum EntryOutput {
  /// Entries as JSON or the re-importable CSV.
  static func bytes(_ entries: [Entry], format: OutputFormat) throws -> [UInt8] {
    if format == .json { return Array(JSONValue.array(entries.map(\.jsonValue)).prettyText.utf8) }
    if format == .xlsx {
      return try XLSXWriter.bytes([
        XLSXWriter.Sheet(
          name: CLIText.sheetName, header: EntryTable.exportHeader,
          rows: entries.map(EntryTable.exportRow))
      ])
    }
    var bytes: [UInt8] = []
    EntryTable.writeCSV(entries) { bytes.append(contentsOf: $0) }
    return bytes
  }

  static func list(_ entries: [Entry], format: OutputFormat) {
    let console = Console.current
    switch format {
    case .table:
      if entries.isEmpty {
        console.line(CLIText.noEntries)
        return
      }
      let table = TextTable(
        headers: EntryTable.listHeaders, rows: entries.map(EntryTable.listRow),
        flexible: [1: 2, 3: 1, 4: 1])
      console.out(table.render(width: console.isTerminal ? console.width : nil))
      console.line(CLIText.entryCount(entries.count))
    case .csv, .xlsx:
      EntryTable.writeCSV(entries) { console.out(String(decoding: $0, as: UTF8.self)) }
    case .json:
      console.out(JSONValue.array(entries.map(\.jsonValue)).prettyText)
    case .md:
      console.out(
        MarkdownTable.render(headers: EntryTable.listHeaders, rows: entries.map(EntryTable.listRow))
      )
    }
  }

  static func detail(_ entry: Entry, history: [AuditRecord], attachments: [Attachment] = [])
    -> String
  {
    let d = entry.draft
    var rows: [(String, String)] = [
      (Words.code, entry.code),
      (CLIText.entryTitleLabel, d.title),
      (Words.category, d.category.localized),
      (Words.entrantKind, d.entrantKind.localized),
      (Words.authors, Author.formatList(d.authors)),
      (Words.unit, d.unit),
      (Words.field, d.field),
      (Words.receivedBy, d.receivedBy),
      (Words.receivedOn, d.receivedOn.localized),
      (Words.contact, d.contact),
      (Words.status, entry.status.localized),
    ]
    if let reason = entry.statusReason { rows.append((Words.reason, reason)) }
    if let late = entry.lateReason { rows.append((CLIText.acceptedLate, late)) }
    let labelWidth = rows.map { VietnameseText.displayWidth($0.0) }.max() ?? 0
    var text = ""
    for (label, value) in rows {
      let pad = String(repeating: " ", count: labelWidth - VietnameseText.displayWidth(label))
      text += "\(label)\(pad)  \(value)\n"
    }
    if !d.summary.isEmpty {
      text += "\n" + CLIText.summaryHeading + "\n" + d.summary + "\n"
    }
    if !attachments.isEmpty {
      text +=
        "\n" + CLIText.dossierHeading(attachments.count)
        + "\n"
      for file in attachments {
        let blind = file.blind ? CLIText.blindMark : ""
        text +=
          "  #\(file.id)  \(file.name)  (\(file.typeLabel), \(Attachment.sizeText(file.size))\(blind))  sha256 \(file.sha256.prefix(16))…\n"
      }
    }
    if !history.isEmpty {
      text += "\n" + CLIText.historyHeading + "\n"
      for record in history {
        text +=
          "  \(RecordWords.moment(iso: record.at, seconds: true))  \(record.actor)  \(RecordWords.action(record.action))"
        if let note = record.note { text += "  (\(note))" }
        text += "\n"
      }
    }
    return text
  }

  /// `entry validate|reject|withdraw`: one status change, and what it became.
  static func setStatus(
    _ code: String, to status: EntryStatus, reason: String?, _ common: CommonOptions
  ) throws {
    let command =
      "entry " + (status == .valid ? "validate" : status == .rejected ? "reject" : "withdraw")
    try common.run(Invocation(command: command, style: .usage)) { cli in
      let entry = try cli.workflow.setStatus(
        code: code, to: status, reason: reason,
        site: ProcessInfo.processInfo.environment["SANGKIEN_BASE_URL"], by: cli.person)
      Console.current.line(CLIText.status(entry))
    }
  }
}
