import Foundation
import SangKienModel
import SangKienWorkflow

/// What `settings.mustache` shows: the contest's settings on the record, read only (they
/// change with `sangkien contest update`, audited).
struct SettingsPage {
  /// A fact about the contest, or a key of its file and its value.
  struct Fact {
    var label: String
    var value: String
  }

  /// A key of the contest file and its value.
  struct Key {
    var key: String
    var value: String
  }

  let t = WebWords.words(for: .settings)
  var name: String
  var facts: [Fact]
  var keys: [Key]

  /// The page of `settings`.
  init(_ settings: ContestSettings) {
    let contest = settings.summary.contest
    name = contest.name
    facts = [
      Fact(label: WebText.organiserLabel, value: contest.organiser),
      Fact(label: WebText.deadlineLabel, value: contest.deadline.localized),
      Fact(
        label: WebText.roundsLabel,
        value: contest.rounds.map { round in
          let state = (settings.summary.states[round.id] == .closed ? RoundState.closed : .open)
          return "\(round.name) (\(Words.idOf(round.id)), \(state.localized))"
        }.joined(separator: " · ")),
    ]
    keys = settings.keys.map { Key(key: $0.key, value: $0.value) }
  }
}
