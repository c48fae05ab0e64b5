import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienWorkflow

/// What `prizes.mustache` shows the organisers: each group's prizes as allocated, the
/// places a tie leaves to the jury (a form each) and the places not awarded.
struct PrizesPage {
  /// A prize awarded.
  struct Award {
    var prize: String
    var code: String
    var title: String
    var rank: Int
    var score: String
    var decided: String
  }

  /// An entry among those tied for a prize's places.
  struct Candidate {
    var code: String
    var title: String
    var field: String
  }

  /// A prize's places a tie leaves to the jury.
  struct Pending {
    var group: String
    var prize: String
    var line: String
    var among: [Candidate]
  }

  /// Places not awarded.
  struct Unfilled {
    var text: String
  }

  /// One prize group.
  struct Group {
    var groupName: String
    var awards: [Award]
    var hasAwards: Bool
    var pending: [Pending]
    var unfilled: [Unfilled]
  }

  let t = WebWords.words(for: .prizes)
  var heading: String
  var csrf: String
  var notice: String?
  var round: String
  var groupLabel = Words.group
  var awardsHeaders = Words.prizeAwardColumns
  var groups: [Group]

  /// The page of `document`, the prize round named by `contest`.
  init(_ document: PrizeDocument, contest: Contest, csrf: String, notice: String?) {
    let name = contest.rounds.first { $0.id == document.round }?.name ?? document.round
    heading = WebText.prizesHeading(name)
    self.csrf = csrf
    self.notice = notice
    round = document.round
    groups = document.outcomes.map { outcome in
      let awards = outcome.awards.map {
        Award(
          prize: $0.prize, code: $0.code, title: document.titles[$0.code] ?? "", rank: $0.rank,
          score: NumberFormat.format($0.score, places: 2), decided: $0.decided ?? "")
      }
      return Group(
        groupName: EntrantKind.groupTitle(outcome.group), awards: awards,
        hasAwards: !awards.isEmpty,
        pending: outcome.pending.map { pending in
          Pending(
            group: outcome.group, prize: pending.prize,
            line: WebText.tiedPlaces(
              pending.prize, places: pending.places, among: pending.among.count),
            among: pending.among.map {
              Candidate(code: $0, title: document.titles[$0] ?? "", field: "award.\($0)")
            })
        },
        unfilled: outcome.unfilled.map {
          Unfilled(text: WebText.notAwarded($0.prize, places: $0.places))
        })
    }
  }
}
