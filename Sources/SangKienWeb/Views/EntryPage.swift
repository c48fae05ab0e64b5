import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// What `entry.mustache` shows the secretariat: an entry's fields, its status with the
/// actions it allows, its dossier (each file shown to the judges or not), a form to edit
/// it, and its history from the audit log.
struct EntryPage {
  /// A field and its value.
  struct Field {
    var name: String
    var value: String
  }

  /// A dossier file, with its actions.
  struct File {
    var name: String
    var href: String
    var id: Int64
    var detachHref: String
    var blindHref: String
    var blindNext: String
    var showing: Bool
    var blindButton: String
    var type: String
    var size: String
    var blind: String
    var added: String
  }

  /// A record of the audit log about the entry.
  struct Record {
    var id: Int64
    var at: String
    var actor: String
    var action: String
    var note: String
  }

  /// A field of the edit form.
  struct Editable {
    var name: String
    var label: String
    var value: String
    var long: Bool
  }

  let t = WebWords.words(for: .entry)
  var heading: String
  var code: String
  var csrf: String
  var notice: String?
  var problem: String?
  var fields: [Field]
  var canValidate: Bool
  var canClose: Bool
  var files: [File]
  var hasFiles: Bool
  var history: [Record]
  var edit: [Editable]

  /// The page of `detail` for `identity`, with what was just done or refused.
  var similar: [SimilarRow]
  var hasSimilar: Bool
  /// The secretariat's: the form marking a look-alike not a duplicate.
  var canMark: Bool

  init(
    _ detail: EntryDetail, identity: WebIdentity, notice: String?, problem: String?,
    similar flags: [NearDuplicate] = []
  ) {
    similar = flags.map(SimilarRow.init)
    hasSimilar = !similar.isEmpty
    canMark = identity.person.actor?.role == .secretariat
    let entry = detail.entry
    let draft = entry.draft
    heading = "\(entry.code) \(draft.title)"
    code = entry.code
    csrf = identity.csrf
    self.notice = notice
    self.problem = problem
    let authors = draft.authors.map { author in
      author.unit.map { "\(author.name) (\($0))" } ?? author.name
    }.joined(separator: "; ")
    let status = entry.status.localized + (entry.statusReason.map { " — \($0)" } ?? "")
    fields = [
      (Words.code, entry.code), (WebText.titleLabel, draft.title),
      (Words.category, draft.category.localized), (Words.entrantKind, draft.entrantKind.localized),
      (Words.authors, authors), (Words.unit, draft.unit), (Words.field, draft.field),
      (WebText.summaryLabel, draft.summary), (Words.contact, draft.contact),
      (WebText.receivedByLabel, draft.receivedBy),
      (WebText.receivedOnLabel, draft.receivedOn.localized), (Words.status, status),
      (WebText.whyLate, entry.lateReason ?? ""),
    ].filter { !$0.1.isEmpty }.map { Field(name: $0.0, value: $0.1) }
    canValidate = entry.status == .received
    canClose = entry.status.isEligible
    files = detail.attachments.map { file in
      File(
        name: file.name, href: "/files/\(file.entry)/\(file.id)", id: file.id,
        detachHref: "/entries/\(file.entry)/files/\(file.id)/detach",
        blindHref: "/entries/\(file.entry)/files/\(file.id)/blind",
        blindNext: file.blind ? "0" : "1", showing: !file.blind,
        blindButton: WebText.blindButton(hiding: file.blind), type: file.typeLabel,
        size: Attachment.sizeText(file.size), blind: file.blind ? WebText.yes : "",
        added: "\(RecordWords.moment(iso: file.addedAt)) · \(file.addedBy)")
    }
    hasFiles = !files.isEmpty
    history = detail.history.map {
      Record(
        id: $0.id, at: RecordWords.moment(iso: $0.at, seconds: true), actor: $0.actor,
        action: RecordWords.action($0.action), note: $0.note ?? "")
    }
    let current = EntryFields.values(of: entry)
    edit = Self.editable.map { column, label in
      Editable(
        name: column.rawValue, label: label, value: current[column] ?? "",
        long: column == .summary)
    }
  }

  /// A refusal of the edit form, each problem named by its field's label.
  static func refusal(_ error: WorkflowError) -> String {
    let named = error.problems.map { problem in
      let label = editable.first { $0.0.rawValue == problem.field }?.1 ?? problem.field ?? ""
      return label.isEmpty ? problem.message : "\(label): \(problem.message)"
    }
    return named.isEmpty ? error.description : named.joined(separator: "; ")
  }

  /// The fields the entry page edits, with their labels (the code and status stay).
  static var editable: [(EntryColumn, String)] {
    [
      (.title, WebText.titleLabel),
      (.category, Language.text(vi: "Loại (sáng kiến, giải pháp, mô hình)", en: "Category")),
      (.entrantKind, Language.text(vi: "Đối tượng (cá nhân, tập thể…)", en: "Entrant kind")),
      (.authors, Language.text(vi: "Tác giả (cách nhau bởi ;)", en: "Authors (separated by ;)")),
      (.unit, Words.unit), (.field, Words.field), (.receivedOn, WebText.receivedOnLabel),
      (.summary, WebText.summaryLabel), (.contact, Words.contact),
    ]
  }
}
