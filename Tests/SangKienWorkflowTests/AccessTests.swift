import Foundation
import SangKienModel
import Testing

@testable import SangKienWorkflow

@Suite("who may do what, decided in the workflow")
struct AccessTests {
  /// Who each role is in the fixture.
  static func person(_ role: Role, in contest: ContestFixture) throws -> Person {
    switch role {
    case .secretariat: contest.secretariat
    case .organiser: contest.organiser
    case .judge: try contest.judge("gk01")
    case .entrant:
      Person(
        name: "an@example.vn",
        actor: Actor(name: "an@example.vn", role: .entrant, fullName: "An", entrantId: 1))
    }
  }

  @Test(
    "the table: every use case allows exactly the roles it names",
    arguments: UseCase.allCases)
  func table(useCase: UseCase) throws {
    let roles: [Role: Actor] = [
      .secretariat: Actor(name: "S", role: .secretariat),
      .organiser: Actor(name: "O", role: .organiser),
      .judge: Actor(name: "gk01", role: .judge, judgeId: "gk01"),
      .entrant: Actor(name: "an@example.vn", role: .entrant, entrantId: 1),
    ]
    let expected: Set<Role> =
      switch useCase.permission {
      case .anyone: [.secretariat, .organiser, .judge, .entrant]
      case .entrant: [.entrant]
      case .staff: [.secretariat, .organiser]
      case .secretariat: [.secretariat]
      case .organiser: [.organiser]
      case .judgeOrSecretariat, .judgeOrStaff:
        useCase.permission == .judgeOrStaff
          ? [.secretariat, .organiser, .judge] : [.secretariat, .judge]
      }
    for (role, actor) in roles {
      let person = Person(name: actor.name, actor: actor)
      #expect(
        (Policy.refusal(useCase, by: person) == nil) == expected.contains(role),
        "\(useCase.rawValue) by \(role)")
    }
    // A judge's own work, never another judge's.
    let judge = Person(name: "gk01", actor: roles[.judge])
    if useCase.permission == .judgeOrStaff || useCase.permission == .judgeOrSecretariat {
      // An entrant is never a judge, whoever they name.
      let entrant = Person(name: "an@example.vn", actor: roles[.entrant])
      #expect(Policy.refusal(useCase, by: entrant, judge: "gk01") != nil)
      #expect(Policy.refusal(useCase, by: judge, judge: "gk01") == nil)
      #expect(Policy.refusal(useCase, by: judge, judge: "gk02") != nil)
    }
    // A stranger may do nothing.
    #expect(Policy.refusal(useCase, by: Person(name: "Người Lạ", actor: nil)) != nil)
  }

  @Test("a refusal says who may, and is audited as access.refused")
  func refusalIsAudited() throws {
    let contest = try ContestFixture()
    let before = try contest.auditCount()
    let error = Language.$current.withValue(.en) {
      refusal {
        try contest.workflow.setRoundState("so-khao", to: .closed, by: contest.secretariat)
      }
    }
    #expect(
      error == .notPermitted("Thư ký Test (secretariat) may not do this: only the organisers may"))
    let log = try contest.workflow.auditLog(by: contest.secretariat)
    #expect(log.count == before + 1)
    #expect(log.last?.action == "access.refused")
    #expect(log.last?.subject == "command:round close")
    // The round is still open: a refusal changes nothing else.
    #expect(
      throws: Never.self,
      performing: {
        try contest.workflow.setRoundState("so-khao", to: .closed, by: contest.organiser)
      })
  }

  @Test("a stranger is refused, audited, and told how to be added")
  func stranger() throws {
    let contest = try ContestFixture(demo: false)
    let nobody = try contest.workflow.person(named: "  Người   Lạ ")
    #expect(nobody.name == "Người Lạ" && nobody.actor == nil)
    let error = Language.$current.withValue(.en) {
      refusal { try contest.workflow.entries(by: nobody) }
    }
    #expect(error?.description.contains("'Người Lạ' is not on the staff or the jury") == true)
    #expect(try contest.workflow.auditLog(by: contest.secretariat).last?.actor == "Người Lạ")
  }

  @Test("a judge sees only their own work, whatever they ask for")
  func judgeScope() throws {
    let contest = try ContestFixture()
    let gk01 = try contest.judge("gk01")
    #expect(Policy.scope(of: gk01, asking: nil) == "gk01")
    #expect(Policy.scope(of: contest.secretariat, asking: nil) == nil)
    #expect(Policy.scope(of: contest.secretariat, asking: "gk02") == "gk02")
    let mine = try contest.workflow.worklists(round: nil, judge: nil, by: gk01)
    #expect(!mine.lines.isEmpty && mine.lines.allSatisfy { $0.pair.judge == "gk01" })
    let sheets = try contest.workflow.sheets(round: nil, judge: nil, entry: nil, by: gk01)
    #expect(sheets.lines.allSatisfy { $0.key.judge == "gk01" })
    guard
      case .notPermitted = refusal({
        try contest.workflow.worklist(round: nil, judge: "gk02", by: gk01)
      })
    else {
      Issue.record("a judge read another judge's worklist")
      return
    }
    guard case .notPermitted = refusal({ try contest.workflow.rank(round: nil, by: gk01) }) else {
      Issue.record("a judge read a ranking")
      return
    }
  }

  @Test("an empty name is an invalid actor, not a stranger")
  func emptyName() throws {
    let contest = try ContestFixture(demo: false)
    #expect(fields(refusal { try contest.workflow.person(named: " \t") }) == ["actor"])
  }
}
