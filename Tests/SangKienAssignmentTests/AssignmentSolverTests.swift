import SangKienModel
import Testing

@testable import SangKienAssignment

func problem(
  entries n: Int, judges m: Int, k: Int, conflicts: [(Int, Int)] = [], fixed: [(Int, Int)] = [],
  maxLoad: Int? = nil, fields: Int = 4, seed: UInt64 = 1
) -> AssignmentProblem {
  AssignmentProblem(
    entries: (0..<n).map { .init(code: "E\($0)", field: "f\($0 % fields)") },
    judges: (0..<m).map { .init(id: "J\($0)", fields: ["f\($0 % fields)"]) }, perEntry: k,
    conflicts: Set(conflicts.map { Pair(judge: "J\($0.0)", entry: "E\($0.1)") }),
    fixed: Set(fixed.map { Pair(judge: "J\($0.0)", entry: "E\($0.1)") }), maxLoad: maxLoad,
    seed: seed)
}

/// Checks what every solution must satisfy.
func check(_ solution: AssignmentSolution, _ problem: AssignmentProblem) {
  let byEntry = Dictionary(grouping: solution.pairs, by: \.entry)
  for entry in problem.entries {
    let judges = byEntry[entry.code]?.map(\.judge) ?? []
    let fixedCount = problem.fixed.filter { $0.entry == entry.code }.count
    #expect(judges.count == max(problem.perEntry, fixedCount), "\(entry.code) has \(judges)")
    #expect(Set(judges).count == judges.count)
  }
  for pair in solution.pairs where !problem.fixed.contains(pair) {
    #expect(!problem.conflicts.contains(pair), "conflict assigned: \(pair)")
  }
  #expect(problem.fixed.isSubset(of: Set(solution.pairs)))
  if let maxLoad = problem.maxLoad { #expect(solution.loadRange.upperBound <= maxLoad) }
}

@Suite("Assignment solver")
struct AssignmentSolverTests {
  @Test("every entry gets k distinct judges, loads within one of each other")
  func simple() throws {
    let p = problem(entries: 40, judges: 9, k: 3)
    let solution = try AssignmentSolver.solve(p).get()
    check(solution, p)
    // 120 places over 9 judges: 13 or 14 each.
    #expect(solution.loadRange == 13...14)
  }

  @Test("fields match wherever balance allows")
  func fieldMatch() throws {
    // 4 fields, judges 0…7 (two per field), 8 entries (two per field), 2 judges each:
    // every pair can match, 16 places, 2 per judge.
    let p = problem(entries: 8, judges: 8, k: 2)
    let solution = try AssignmentSolver.solve(p).get()
    #expect(solution.fieldMatches == 16)
    #expect(solution.loadRange == 2...2)
  }

  @Test("a tight instance a greedy pass gets wrong is solved")
  func tight() throws {
    // 3 judges, 3 entries, 2 judges each, max load 2. E0 conflicts with J2, E1 with J1.
    // Greedy in order might give E0 {J0, J1} and E1 {J0, J2} and leave E2 with J1, J2 only
    // one of which has room… the exact solver finds E0 {J0,J1}, E1 {J0,J2}, E2 {J1,J2}.
    let p = problem(entries: 3, judges: 3, k: 2, conflicts: [(2, 0), (1, 1)], maxLoad: 2)
    let solution = try AssignmentSolver.solve(p).get()
    check(solution, p)
    #expect(solution.loadRange == 2...2)
  }

  @Test("a feasible instance needing moves of earlier pairs is solved")
  func needsRerouting() throws {
    // E0 may take any judge; E1 only J0 and J1 (conflict with J2); max load 1, k = 1... then 2.
    let p = problem(
      entries: 3, judges: 3, k: 1, conflicts: [(2, 1), (2, 2), (1, 2)], maxLoad: 1, seed: 7)
    let solution = try AssignmentSolver.solve(p).get()
    check(solution, p)
    #expect(solution.pairs.contains(Pair(judge: "J0", entry: "E2")))
  }

  @Test("infeasible instances say why, naming the entry and the constraint")
  func infeasible() {
    let few = problem(entries: 2, judges: 3, k: 3, conflicts: [(0, 1)])
    guard case .failure = AssignmentSolver.solve(few) else {
      Issue.record("solved an infeasible instance")
      return
    }
    Language.$current.withValue(.en) {
      guard case .failure(let failure) = AssignmentSolver.solve(few) else { return }
      #expect(failure.reasons == ["E1: only 2 judges without a conflict, 3 needed"])
    }
    let capacity = problem(entries: 10, judges: 3, k: 2, maxLoad: 6)
    guard case .failure = AssignmentSolver.solve(capacity) else {
      Issue.record("solved an infeasible instance")
      return
    }
    Language.$current.withValue(.en) {
      guard case .failure(let full) = AssignmentSolver.solve(capacity) else { return }
      #expect(
        full.reasons == [
          "with at most 6 entries per judge, 3 judges can take 18 places; 20 are needed"
        ])
    }
    // Enough room in total, but one entry's only judges are full.
    let corner = problem(
      entries: 3, judges: 3, k: 1, conflicts: [(1, 0), (2, 0), (1, 1), (2, 1)], maxLoad: 1)
    guard case .failure(let cornered) = AssignmentSolver.solve(corner) else {
      Issue.record("solved an infeasible instance")
      return
    }
    #expect(cornered.reasons.count == 1)
    #expect(cornered.reasons.first?.hasPrefix("E") == true)
  }

  @Test("the same problem and seed give the same answer; another seed breaks ties otherwise")
  func determinism() throws {
    let a = try AssignmentSolver.solve(problem(entries: 60, judges: 12, k: 3, seed: 42)).get()
    let b = try AssignmentSolver.solve(problem(entries: 60, judges: 12, k: 3, seed: 42)).get()
    #expect(a.pairs == b.pairs)
    // One field for everyone: only the seeded noise tells equally good judges apart, so a
    // different seed gives a different (equally balanced) assignment.
    let c = try AssignmentSolver.solve(problem(entries: 60, judges: 12, k: 3, fields: 1, seed: 42))
      .get()
    let d = try AssignmentSolver.solve(problem(entries: 60, judges: 12, k: 3, fields: 1, seed: 43))
      .get()
    #expect(c.pairs != d.pairs)
    #expect(c.loadRange == d.loadRange)
  }

  @Test("a fixed pair of a judge no longer on the jury counts for its entry")
  func outsideJudge() throws {
    var p = problem(entries: 4, judges: 3, k: 2)
    p.fixed = [Pair(judge: "gone", entry: "E0")]
    let solution = try AssignmentSolver.solve(p).get()
    #expect(solution.pairs.filter { $0.entry == "E0" }.count == 2)
    #expect(solution.pairs.contains(Pair(judge: "gone", entry: "E0")))
    #expect(solution.loads["gone"] == nil)
  }

  @Test("judges are spread: no two share far more entries than the average")
  func spread() throws {
    // One field for all, so only the noise decides: 90 entries × 3 judges give 270 pairs of
    // judges over 45 possible pairs, 6 on average; a block assignment (the same three
    // judges again and again) would give 30.
    let p = problem(entries: 90, judges: 10, k: 3, fields: 1, seed: 3)
    let solution = try AssignmentSolver.solve(p).get()
    check(solution, p)
    #expect(solution.maxSharedEntries <= 12)
  }

  @Test("fixed (already scored) pairs are kept")
  func fixedKept() throws {
    let p = problem(entries: 20, judges: 6, k: 3, fixed: [(5, 0), (5, 1), (5, 2), (4, 0)])
    let solution = try AssignmentSolver.solve(p).get()
    check(solution, p)
  }

  @Test("random instances: no conflict, exactly k, balanced", arguments: 0..<40)
  func property(seed: Int) throws {
    var random = SeededGenerator(seed: UInt64(seed) &* 7919)
    let n = 5 + random.below(60)
    let m = 3 + random.below(15)
    let k = 1 + random.below(min(3, m))
    var conflicts: [(Int, Int)] = []
    for e in 0..<n {
      for j in 0..<m where random.below(100) < 8 { conflicts.append((j, e)) }
    }
    let p = problem(entries: n, judges: m, k: k, conflicts: conflicts, seed: UInt64(seed))
    switch AssignmentSolver.solve(p) {
    case .success(let solution):
      check(solution, p)
      // With few conflicts the loads stay within one of each other.
      let total = n * k
      if conflicts.count * 4 < n * m {
        #expect(
          solution.loadRange.upperBound - solution.loadRange.lowerBound <= 1, "\(solution.loads)")
        #expect(solution.loadRange.upperBound == (total + m - 1) / m)
      }
    case .failure(let failure):
      // Only when some entry truly lacks k judges without a conflict.
      let short = (0..<n).contains { e in m - conflicts.filter { $0.1 == e }.count < k }
      #expect(short, "\(failure)")
    }
  }

  @Test(
    "searching each entry's cheapest judges first costs the same as searching them all",
    arguments: 0..<24)
  func sparseMatchesFull(seed: Int) {
    // More judges than the sparse lists hold (24), several fields, conflicts, some pairs
    // already scored, and sometimes a tight maximum load, so the sparse search must at times
    // widen its lists or take in pairs the check finds.
    var random = SeededGenerator(seed: UInt64(seed) &* 104_729)
    let n = 40 + random.below(120)
    let m = 30 + random.below(40)
    let k = 1 + random.below(4)
    var conflicts: [(Int, Int)] = []
    for e in 0..<n {
      for j in 0..<m where random.below(100) < 10 { conflicts.append((j, e)) }
    }
    let fixed = (0..<random.below(10)).map { _ in (random.below(m), random.below(n)) }
    let tight = seed % 3 == 0 ? (n * k + m - 1) / m + random.below(2) : nil
    let p = problem(
      entries: n, judges: m, k: k, conflicts: conflicts, fixed: fixed, maxLoad: tight,
      fields: 2 + random.below(8), seed: UInt64(seed))
    let sparse = AssignmentSolver.solve(p, sparseFirst: true)
    let full = AssignmentSolver.solve(p, sparseFirst: false)
    switch (sparse.result, full.result) {
    case (.success(let a), .success(let b)):
      check(a, p)
      #expect(AssignmentSolver.cost(of: a.pairs, p) == AssignmentSolver.cost(of: b.pairs, p))
    case (.failure, .failure):
      break
    default:
      Issue.record("sparse \(sparse.result), full \(full.result)")
    }
    #expect(full.passes <= 1)
  }

  @Test("the sparse search widens or adds pairs when it must, and says so in its passes")
  func sparseRetries() {
    // All entries in one field, and only 30 of the 40 judges in it: each entry's cheapest
    // 24 judges are all of that field, but balance needs the other 10 too. Without a
    // maximum load the check finds the pairs to them; with one, entries find no path and
    // the lists widen.
    var passes: [Int] = []
    for seed in 0..<6 {
      let p = AssignmentProblem(
        entries: (0..<200).map { .init(code: "E\($0)", field: "f0") },
        judges: (0..<40).map { .init(id: "J\($0)", fields: [$0 < 30 ? "f0" : "f1"]) },
        perEntry: 3, conflicts: [], fixed: [], maxLoad: seed % 2 == 0 ? 15 : nil,
        seed: UInt64(seed))
      let run = AssignmentSolver.solve(p, sparseFirst: true)
      passes.append(run.passes)
      guard case .success(let solution) = run.result,
        case .success(let reference) = AssignmentSolver.solve(p, sparseFirst: false).result
      else {
        Issue.record("\(run.result)")
        continue
      }
      check(solution, p)
      #expect(solution.loadRange == 15...15)
      #expect(
        AssignmentSolver.cost(of: solution.pairs, p)
          == AssignmentSolver.cost(of: reference.pairs, p))
    }
    #expect(passes.allSatisfy { $0 > 1 }, "\(passes)")
  }
}
