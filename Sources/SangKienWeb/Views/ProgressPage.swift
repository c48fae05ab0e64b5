import Foundation
import SangKienModel
import SangKienWorkflow

/// What `progress.mustache` shows: a round's progress (its live part rendered apart and
/// refreshed), and what stands before closing the round or publishing.
struct ProgressPage {
  /// A round's line in the status table.
  struct StatusRow {
    var name: String
    var state: String
    var entries: Int
    var sheets: Int
    var missing: Int
    var setAside: Int
  }

  /// A line of a list (a sheet set aside, a prize place waiting).
  struct Item {
    var text: String
  }

  let t = WebWords.words(for: .progress)
  var heading: String
  var roundsLabel = Words.round
  var rounds: [RoundLink]
  var stateLine: String
  var live: String
  var liveURL: String
  var remindersHref: String
  var extraHref: String
  var statusRows: [StatusRow]
  var setAside: [Item]
  var hasSetAside: Bool
  var pending: [Item]
  var hasPending: Bool
  /// A conflict declared in the round.
  struct Declared {
    var judge: String
    var code: String
    var title: String
    var at: String
    var by: String
    var reason: String
    var place: String
  }
  /// An entry the judges would score blind of any file.
  struct Bare {
    var code: String
    var title: String
  }
  var declared: [Declared]
  var hasDeclared: Bool
  var withoutFiles: [Bare]
  /// A complaint still to answer.
  struct ComplaintLine {
    var id: Int64
    var code: String
    var state: String
    var received: String
    var due: String
    var text: String
  }
  var complaints: [ComplaintLine] = []
  var hasComplaints = false
  var hasWithoutFiles: Bool
  var withoutFilesCount: Int

  /// The page of `desk`'s round; `live`: its live part, already rendered.
  init(_ desk: DeskProgress, status: RoundStatus, rounds all: [Round], live: String) {
    let round = desk.round
    heading = WebText.progressHeading(round.name)
    rounds = RoundLink.all(all, current: round.id, path: "/progress")
    stateLine = WebText.progressState(desk.state)
    self.live = live
    liveURL = "/progress?round=\(round.id)&part=live"
    remindersHref = "/progress/reminders?round=\(round.id)"
    extraHref =
      round.resolution != nil && desk.state == .open ? "/progress/extra?round=\(round.id)" : ""
    statusRows = status.rounds.map {
      StatusRow(
        name: $0.round.name, state: $0.state.localized, entries: $0.entries, sheets: $0.sheets,
        missing: $0.missing, setAside: $0.setAside)
    }
    setAside = status.setAside.map {
      Item(text: WebText.setAside(entry: $0.key.entry, judge: $0.key.judge, reason: $0.reason))
    }
    hasSetAside = !setAside.isEmpty
    pending = status.pending.map {
      Item(
        text: WebText.pendingPrize(
          group: $0.group, prize: $0.pending.prize, places: $0.pending.places,
          among: $0.pending.among))
    }
    hasPending = !pending.isEmpty
    declared = status.declared.map {
      Declared(
        judge: "\($0.judgeName) (\($0.judge))", code: $0.entry, title: $0.title,
        at: $0.at.map { RecordWords.moment($0) } ?? "", by: $0.declaredBy, reason: $0.reason,
        place: WebText.declaredPlace(unfilled: $0.unfilled))
    }
    hasDeclared = !declared.isEmpty
    withoutFiles = status.withoutFiles.map { Bare(code: $0.code, title: $0.title) }
    hasWithoutFiles = !withoutFiles.isEmpty
    withoutFilesCount = withoutFiles.count
    complaints = status.openComplaints.map {
      ComplaintLine(
        id: $0.id, code: $0.code, state: $0.state.localized, received: $0.receivedOn.localized,
        due: $0.dueOn.localized, text: $0.text)
    }
    hasComplaints = !complaints.isEmpty
  }
}
