import SangKienModel

/// Entries as rows: the CSV export (English column ids, for re-import and Excel) and the
/// localized columns of lists.
public enum EntryTable {
  /// Columns written by `entry export` after the entries CSV columns; `entry import` reads
  /// past them. The `_label` columns say the ids of category, entrant kind and status for
  /// people, in the session's language; the id columns stay as they are for re-import.
  public static let exportOnlyColumns = [
    "status", "status_reason", "late_reason", "category_label", "entrant_kind_label",
    "status_label",
  ]

  /// The export header: the entries CSV columns, then status, its reason, the late reason
  /// and the label columns.
  public static var exportHeader: [String] {
    EntryColumn.allCases.map(\.rawValue) + exportOnlyColumns
  }

  /// One export row.
  public static func exportRow(_ entry: Entry) -> [String] {
    let draft = entry.draft
    return [
      entry.code, draft.title, draft.category.rawValue, draft.entrantKind.rawValue,
      Author.formatList(draft.authors), draft.unit, draft.field, draft.receivedBy,
      draft.receivedOn.iso, draft.summary, draft.contact, entry.status.rawValue,
      entry.statusReason ?? "", entry.lateReason ?? "", draft.category.localized,
      draft.entrantKind.localized, entry.status.localized,
    ]
  }

  /// Writes entries as an Excel-friendly CSV.
  public static func writeCSV(_ entries: [Entry], to sink: @escaping ([UInt8]) -> Void) {
    var writer = CSVWriter(sink: sink)
    writer.write(exportHeader)
    for entry in entries { writer.write(exportRow(entry)) }
    writer.flush()
  }

  /// The headers of an entry list, in the current language.
  public static var listHeaders: [String] {
    Language.current == .vi
      ? ["Mã", "Tên sáng kiến", "Loại", "Tác giả", "Đơn vị", "Ngày nhận", "Trạng thái"]
      : ["Code", "Title", "Category", "Authors", "Unit", "Received", "Status"]
  }

  /// One row of an entry list, in the current language.
  public static func listRow(_ entry: Entry) -> [String] {
    let vi = Language.current == .vi
    return [
      entry.code, entry.draft.title,
      vi ? entry.draft.category.vietnamese : entry.draft.category.rawValue,
      entry.draft.authors.map(\.name).joined(separator: "; "), entry.draft.unit,
      vi ? entry.draft.receivedOn.vietnamese : entry.draft.receivedOn.iso,
      entry.status.localized,
    ]
  }
}

extension EntryFields {
  /// An entry's fields as the texts of the entries CSV, by column: what an update merges
  /// its changes into.
  public static func values(of entry: Entry) -> [EntryColumn: String] {
    let d = entry.draft
    return [
      .code: entry.code, .title: d.title, .category: d.category.rawValue,
      .entrantKind: d.entrantKind.rawValue, .authors: Author.formatList(d.authors),
      .unit: d.unit, .field: d.field, .receivedBy: d.receivedBy, .receivedOn: d.receivedOn.iso,
      .summary: d.summary, .contact: d.contact,
    ]
  }
}
