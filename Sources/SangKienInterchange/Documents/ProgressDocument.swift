import SangKienModel
import SangKienScoring

/// A round's progress as `score progress` shows and writes it: the judges' part and the
/// entries still missing sheets.
public struct ProgressDocument: Sendable {
  /// The progress.
  public var progress: RoundProgress

  /// Creates the document.
  public init(_ progress: RoundProgress) { self.progress = progress }

  /// The judges' part.
  public var judges: some ListDocument { Judges(progress: progress) }

  /// The entries still missing a sheet.
  public var missing: some ListDocument { Missing(progress: progress) }

  /// `{round, judges: [{judge, assigned, done}], entries: [{entry, sheets, assigned, missing}]}`.
  public var json: JSONValue {
    .object([
      "round": .string(progress.round),
      "judges": .array(
        progress.judges.map { j in
          .object([
            "judge": .string(j.judge), "assigned": .number(String(j.assigned)),
            "done": .number(String(j.done)),
          ])
        }),
      "entries": .array(
        progress.entries.map { e in
          .object([
            "entry": .string(e.entry), "sheets": .number(String(e.sheets)),
            "assigned": .number(String(e.assigned)),
            "missing": .array(e.missing.map(JSONValue.string)),
            "unassigned": .number(String(e.unassigned)),
          ])
        }),
    ])
  }

  struct Judges: ListDocument {
    var progress: RoundProgress
    var tableHeaders: [String] {
      Language.current == .vi
        ? ["Mã", "Họ và tên", "Phân công", "Đã chấm", "Còn lại"]
        : ["Id", "Name", "Assigned", "Done", "Left"]
    }
    var csvHeader: [String] { ["judge", "name", "assigned", "done", "left"] }
    var tableRows: [[String]] { csvRows }
    var csvRows: [[String]] {
      progress.judges.map {
        [$0.judge, $0.name, String($0.assigned), String($0.done), String($0.left)]
      }
    }
    var json: JSONValue { ProgressDocument(progress).json }
  }

  struct Missing: ListDocument {
    var progress: RoundProgress
    var tableHeaders: [String] {
      Language.current == .vi
        ? ["Mã", "Đã có", "Cần", "Còn thiếu"] : ["Entry", "In", "Needed", "Missing"]
    }
    var csvHeader: [String] { ["entry", "sheets", "assigned", "missing"] }
    var tableRows: [[String]] { csvRows }
    var csvRows: [[String]] {
      progress.entries.filter { !$0.isComplete }.map {
        [
          $0.entry, String($0.sheets), String($0.assigned + $0.unassigned),
          ($0.missing + ($0.unassigned > 0 ? [InterchangeText.unassigned($0.unassigned)] : []))
            .joined(separator: ", "),
        ]
      }
    }
    var json: JSONValue { ProgressDocument(progress).json }
  }
}
