import Synchronization

/// The names of the rounds of the contests this process has opened (`so-khao` → "Sơ khảo"),
/// so that every message says "vòng Sơ khảo" where its maker had only the id at hand (a
/// refusal raised deep in storage, a closed-round check). Remembered each time a contest's
/// definition is decoded, under the contest the task works for (`ContestScope`): contests
/// served side by side keep their own names; a round of no opened contest is shown by its id.
public enum RoundNames {
  /// By contest (`ContestScope.id`, "" for a process with one), each round's name by id.
  private static let table = Mutex<[String: [String: String]]>([:])

  /// Remembers the names of `rounds`.
  public static func remember(_ rounds: [Round]) {
    let scope = ContestScope.id ?? ""
    table.withLock { table in
      for round in rounds where table[scope]?[round.id] != round.name {
        table[scope, default: [:]][round.id] = round.name
      }
    }
  }

  /// The round's name, else its id.
  public static func shown(_ id: String) -> String {
    let scope = ContestScope.id ?? ""
    return table.withLock { $0[scope]?[id] } ?? id
  }

  /// Several rounds' names, joined by commas.
  public static func shown(_ ids: [String]) -> String {
    ids.map { shown($0) }.joined(separator: ", ")
  }
}
