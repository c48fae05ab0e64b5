import Foundation
import SangKienInterchange
import SangKienModel
internal import SangKienStorage

/// What `contest new --from` carried over from the last edition, and what it did not.
public struct EditionCreated: Sendable {
  /// The new contest as created.
  public var created: ContestCreated
  /// The last edition's contest id.
  public var from: String
  /// Rubric ids the new contest file named and the last edition supplied.
  public var rubricsCarried: [String]
  /// The judges carried (the active ones), without passwords, codes or sessions.
  public var judges: Int
  /// The members of staff carried (besides the one creating it), without passwords.
  public var staff: [(name: String, role: Role)]
  /// The contest file's keys the new file left out and the last edition's values filled.
  public var settings: [String]
}

extension Workflow {
  /// Creates next year's edition at `path` from the contest file `file`, carrying from the
  /// last edition's database `last` what stays from year to year: a round's rubric the new
  /// file names by the last edition's id (a file it names instead wins), the active judges
  /// and the staff (never a password, code or session), and the settings the new file leaves
  /// out (`attachments`, `web`, `papers`, `publish`, `complaints`; never `intake`, whose
  /// days are this year's). Entries, sheets, assignments, publications and the log stay
  /// with the last edition. One new audit log, starting with the contest and then each
  /// judge and member of staff carried.
  public static func createEdition(
    at path: String, from file: String, last: String, by name: String, now: Date,
    replace: Bool = false
  ) throws(WorkflowError) -> EditionCreated {
    let cleaned = VietnameseText.clean(name)
    guard !cleaned.isEmpty else {
      throw .invalid([Problem(field: "actor", message: WorkflowText.emptyActor)])
    }
    do {
      guard FileManager.default.fileExists(atPath: last) else {
        throw WorkflowError.invalid([
          Problem(field: "from", message: WorkflowText.noLastEdition(last))
        ])
      }
      let old = try ContestDatabase.open(path: last, readOnly: true)
      let (previous, rubrics, judges, staff) = try old.snapshot {
        (
          try old.contest(), try old.rubrics(), try old.judges(includeRemoved: false),
          try old.staffMembers()
        )
      }
      var loaded = try ContestFile.load(path: file, carried: rubrics)
      // A problem of the new contest file, named as the file's others are.
      guard loaded.contest.id != previous.id else {
        throw DiagnosticsError([
          Diagnostic(file: file, column: "id", message: WorkflowText.sameEditionId(previous.id))
        ])
      }
      let named = Set(loaded.contest.rounds.map(\.rubricId))
      let carriedRubrics = rubrics.filter { rubric in
        named.contains(rubric.id) && loaded.rubrics.contains { $0 == rubric }
      }.map(\.id)
      // Each setting the new file leaves out follows the last edition, said by its key.
      var settings: [String] = []
      var contest = loaded.contest
      func carry<Setting>(_ setting: WritableKeyPath<Contest, Setting?>, _ key: String) {
        guard contest[keyPath: setting] == nil, let kept = previous[keyPath: setting] else {
          return
        }
        contest[keyPath: setting] = kept
        settings.append(key)
      }
      carry(\.attachments, "attachments")
      carry(\.sessions, "web")
      carry(\.papers, "papers")
      carry(\.publishing, "publish")
      carry(\.complaints, "complaints")
      loaded.contest = contest
      let context = AuditContext(actor: cleaned, now: now)
      let kept = try ContestDatabase.create(
        path: path, contest: contest, rubrics: loaded.rubrics, context: context,
        replace: replace)
      let database = try ContestDatabase.open(path: path)
      var carriedStaff: [(name: String, role: Role)] = []
      for member in staff where member.name != cleaned {
        try database.addStaff(
          name: member.name, role: member.role, email: member.email, phone: member.phone,
          context: context)
        carriedStaff.append((member.name, member.role))
      }
      if !judges.isEmpty { try database.addJudges(judges, context: context) }
      return EditionCreated(
        created: ContestCreated(loaded: loaded, keptAs: kept), from: previous.id,
        rubricsCarried: carriedRubrics, judges: judges.count, staff: carriedStaff,
        settings: settings)
    } catch {
      throw WorkflowError(error)
    }
  }
}

extension WorkflowText {
  static func noLastEdition(_ path: String) -> String {
    Language.text(
      vi: "không có cơ sở dữ liệu kỳ trước '\(path)'", en: "no last edition's database '\(path)'")
  }
  static func sameEditionId(_ id: String) -> String {
    Language.text(
      vi:
        "tệp cuộc thi mới vẫn mang mã '\(id)' của kỳ trước: mỗi kỳ một mã (ví dụ hanoi-cchc-2025)",
      en: "the new contest file keeps the last edition's id '\(id)': each edition has its own"
    )
  }
}
