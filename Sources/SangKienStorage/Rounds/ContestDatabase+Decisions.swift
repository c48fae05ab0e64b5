import GRDB
import SangKienModel

extension PrizeDecision {
  /// As the audit log and the table hold it.
  var jsonValue: JSONValue {
    .object([
      "group": .string(group), "prize": .string(prize),
      "award": .array(award.map(JSONValue.string)), "reason": .string(reason),
    ])
  }
}

extension ContestDatabase {
  /// The jury's prize decisions of a round.
  public func prizeDecisions(round: String) throws(StorageError) -> [PrizeDecision] {
    try read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT grp, prize, codes, reason FROM prize_decision WHERE round = ? ORDER BY grp, prize",
        arguments: [round]
      ).map { row in
        var codes: [String] = []
        if case .array(let items)? = JSONValue(parsing: row[2]) {
          codes = items.compactMap { if case .string(let s) = $0 { s } else { nil } }
        }
        return PrizeDecision(group: row[0], prize: row[1], award: codes, reason: row[3])
      }
    }
  }

  /// Records the jury's decision for a prize's places (audited); a prize decided once is
  /// refused.
  public func addPrizeDecision(_ decision: PrizeDecision, round: String, context: AuditContext)
    throws
  {
    try write(context) { db, audit in
      if try Bool.fetchOne(
        db,
        sql:
          "SELECT EXISTS (SELECT 1 FROM prize_decision WHERE round = ? AND grp = ? AND prize = ?)",
        arguments: [round, decision.group, decision.prize]) == true
      {
        throw StorageError.alreadyDecided(
          round: round, group: decision.group, prize: decision.prize)
      }
      try db.execute(
        sql: "INSERT INTO prize_decision (round, grp, prize, codes, reason) VALUES (?, ?, ?, ?, ?)",
        arguments: [
          round, decision.group, decision.prize,
          JSONValue.array(decision.award.map(JSONValue.string)).canonicalText, decision.reason,
        ])
      try audit.record(
        action: .prizesDecide, subject: "round:\(round)", before: nil, after: decision.jsonValue,
        note: decision.reason)
    }
  }
}
