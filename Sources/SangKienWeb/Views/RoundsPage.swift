import Foundation
import SangKienModel
import SangKienWorkflow

/// What `rounds.mustache` shows the organisers: each round with its state, what stands in
/// the way of closing it, advancing and publishing; the publications and their files.
struct RoundsPage {
  /// A submitted sheet with changes not submitted.
  struct Pending {
    var judge: String
    var entry: String
    var text: String
  }

  /// One round.
  struct RoundItem {
    var id: String
    var name: String
    var state: String
    var open: Bool
    var target: String
    var toggle: String
    var hasPending: Bool
    var pendingLine: String
    var pending: [Pending]
    var lastPublication: String?
    var hasNext: Bool
    var nextName: String
    var advanceHref: String
    var advanceLabel: String
    var rankingHref: String
    /// Prize-winning entries whose disagreement the jury must accept to publish, said.
    var unsettled: String?
  }

  /// A published file's link.
  struct FileLink {
    var name: String
    var href: String
  }

  /// A publication and its files.
  struct Publication {
    var code: String
    var describe: String
    var files: [FileLink]
  }

  let t = WebWords.words(for: .rounds)
  var csrf: String
  var notice: String?
  var rounds: [RoundItem]
  var prizesHref = "/prizes"
  var publications: [Publication]
  var hasPublications: Bool

  /// The page of `summary`'s rounds, each with its sheets `pending` (by round, in order).
  init(
    _ summary: ContestSummary, pending: [[PendingSheet]],
    unsettled: [[(code: String, prize: String)]] = [],
    publications all: [(record: PublicationRecord, files: [String])], csrf: String,
    notice: String?
  ) {
    let rounds = summary.contest.rounds
    let lastOf = Dictionary(
      all.map { ($0.record.round, $0.record.id) }, uniquingKeysWith: { a, _ in a })
    self.csrf = csrf
    self.notice = notice
    self.rounds = rounds.enumerated().map { index, round in
      let open = summary.states[round.id] != .closed
      let next = index + 1 < rounds.count ? rounds[index + 1] : nil
      let waiting = pending[index]
      return RoundItem(
        id: round.id, name: round.name, state: (open ? RoundState.open : .closed).localized,
        open: open, target: open ? "closed" : "open", toggle: WebText.roundToggle(open: open),
        hasPending: !waiting.isEmpty, pendingLine: WebText.pendingLine(waiting.count),
        pending: waiting.map {
          Pending(judge: $0.key.judge, entry: $0.key.entry, text: $0.sentence)
        },
        lastPublication: lastOf[round.id].map(WebText.lastPublication), hasNext: next != nil,
        nextName: next?.name ?? "",
        advanceHref: next.map { "/rounds/\(round.id)/advance?to=\($0.id)" } ?? "",
        advanceLabel: WebText.advanceLabel(next?.name ?? ""),
        rankingHref: "/ranking?round=\(round.id)",
        unsettled: index < unsettled.count && !unsettled[index].isEmpty
          ? WebText.unsettledHint(unsettled[index]) : nil)
    }
    publications = all.map { item in
      Publication(
        code: "#\(item.record.id)",
        describe: WebText.publication(round: item.record.round, supersedes: item.record.supersedes),
        files: item.files.map { FileLink(name: $0, href: "/published/\(item.record.id)/\($0)") })
    }
    hasPublications = !publications.isEmpty
  }
}
