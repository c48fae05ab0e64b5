import Foundation
import SangKienModel
import SangKienWorkflow

/// What `jury.mustache` shows the secretariat: the judges and their sign-in codes, those
/// removed, the conflicts of interest, assigning the open rounds, moving an entry, the
/// sheets' actions and the backup.
struct JuryPage {
  /// A one-time code just issued.
  struct Invitation {
    var login: String
    var code: String
  }

  /// A judge on the jury, with their actions.
  struct JudgeLine {
    var id: String
    var name: String
    var unit: String
    var fields: String
    var role: String
    /// E-mail and telephone, or that there is no address to mail to.
    var contact: String
    var inviteHref: String
    var revokeHref: String
    var removeHref: String
  }

  /// A judge removed from the jury.
  struct RemovedLine {
    var id: String
    var name: String
    var unit: String
    var reinstateHref: String
  }

  /// A conflict of interest, declared or detected, dismissed or not.
  struct ConflictLine {
    var judge: String
    var entry: String
    var source: String
    var reason: String
    var dismissed: String
    var active: Bool
  }

  /// An open round to assign.
  struct RoundLine {
    var id: String
    var name: String
    var previewHref: String
    var previewLabel: String
    var repairLabel: String
  }

  let t = WebWords.words(for: .jury)
  var csrf: String
  var notice: String?
  var problem: String?
  var code: Invitation?
  var judgesHeading: String
  var judges: [JudgeLine]
  var hasRemoved: Bool
  var removedHeading: String
  var removed: [RemovedLine]
  var conflicts: [ConflictLine]
  var hasConflicts: Bool
  var rounds: [RoundLine]

  /// The page of `everyone` on the jury (removed included), the `conflicts` and the open
  /// rounds of `summary`.
  init(
    judges everyone: [Judge], conflicts all: [ConflictRecord], summary: ContestSummary,
    csrf: String, notice: String?, problem: String?, code: (login: String, code: String)?
  ) {
    let active = everyone.filter(\.active)
    let gone = everyone.filter { !$0.active }
    self.csrf = csrf
    self.notice = notice
    self.problem = problem
    self.code = code.map { Invitation(login: $0.login, code: $0.code) }
    judgesHeading = WebText.judgesHeading(active.count)
    judges = active.map { judge in
      JudgeLine(
        id: judge.id, name: judge.name, unit: judge.unit,
        fields: judge.fields.joined(separator: "; "), role: judge.role.localized,
        contact: judge.email.isEmpty
          ? WebText.noEmail + (judge.phone.isEmpty ? "" : " · \(judge.phone)")
          : [judge.email, judge.phone].filter { !$0.isEmpty }.joined(separator: " · "),
        inviteHref: "/jury/judges/\(judge.id)/invite",
        revokeHref: "/jury/judges/\(judge.id)/revoke",
        removeHref: "/jury/judges/\(judge.id)/remove")
    }
    hasRemoved = !gone.isEmpty
    removedHeading = WebText.removedHeading(gone.count)
    removed = gone.map {
      RemovedLine(
        id: $0.id, name: $0.name, unit: $0.unit, reinstateHref: "/jury/judges/\($0.id)/reinstate")
    }
    conflicts = all.map {
      ConflictLine(
        judge: $0.judge, entry: $0.entry, source: $0.source.explanation, reason: $0.reason,
        dismissed: $0.dismissed ?? "", active: $0.isActive)
    }
    hasConflicts = !conflicts.isEmpty
    rounds = summary.contest.rounds.filter { summary.states[$0.id] != .closed }.map { round in
      RoundLine(
        id: round.id, name: round.name, previewHref: "/jury/assign?round=\(round.id)",
        previewLabel: WebText.assignPreview(round.name), repairLabel: WebText.repair(round.name))
    }
  }
}
