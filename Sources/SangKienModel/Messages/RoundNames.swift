import Synchronization

/// The names of the rounds of the contests this process has opened (`so-khao` → "Sơ khảo"),
/// so that every message says "vòng Sơ khảo" where its maker had only the id at hand (a
/// refusal raised deep in storage, a closed-round check). Remembered each time a contest's
/// definition is decoded; a round of no opened contest is shown by its id. Contests served
/// side by side name their rounds alike (`so-khao` is "Sơ khảo" in every edition), and the
/// latest definition read wins.
public enum RoundNames {
  private static let table = Mutex<[String: String]>([:])

  /// Remembers the names of `rounds`.
  public static func remember(_ rounds: [Round]) {
    table.withLock { names in
      for round in rounds where names[round.id] != round.name { names[round.id] = round.name }
    }
  }

  /// The round's name, else its id.
  public static func shown(_ id: String) -> String {
    table.withLock { $0[id] } ?? id
  }

  /// Several rounds' names, joined by commas.
  public static func shown(_ ids: [String]) -> String {
    ids.map { shown($0) }.joined(separator: ", ")
  }
}
