import HeapModule
import SangKienModel

/// An exact solver: a min-cost flow from entries to judges.
///
/// Each entry sends `perEntry` units to distinct judges it has no conflict with; each judge
/// sends its units on to the sink through edges whose cost rises with its load: free up to
/// the balanced load ⌊D/m⌋, a large cost for the one unit above it that the remainder
/// needs, a larger cost for every unit beyond that, and no edge past `maxLoad`. A pair's own
/// cost is small: 0 when the entry's field is one of the judge's, 16 otherwise, plus seeded
/// noise of 0 to 15 that breaks ties the same way for the same seed and spreads the judges
/// so the same two rarely meet again and again. So the flow is first as balanced as the
/// instance allows, then matches as many fields as it can.
///
/// Flow is found by successive shortest paths (Dijkstra on reduced costs with potentials),
/// one unit at a time from each entry still short of judges, on an implicit residual graph:
/// entry → judge for pairs not made, judge → entry (backwards) for pairs made and not
/// fixed, judge → sink for the next unit of load. Fixed pairs (already scored) are kept.
public enum AssignmentSolver {
  static let balanceStep: Int64 = 1 << 32
  static let overloadStep: Int64 = 1 << 44

  /// Solves the problem, or says in words why it cannot be solved.
  public static func solve(_ problem: AssignmentProblem) -> Result<
    AssignmentSolution, AssignmentFailure
  > {
    solve(problem, sparseFirst: true).result
  }

  /// As `solve`; `sparseFirst: false` searches the full graph at once, so tests can hold
  /// the sparse way to the same cost. Also says how many searches over all entries ran.
  static func solve(_ problem: AssignmentProblem, sparseFirst: Bool) -> (
    result: Result<AssignmentSolution, AssignmentFailure>, passes: Int
  ) {
    var solver = Solver(problem)
    if let failure = solver.precheck() { return (.failure(failure), 0) }
    let result = solver.run(sparseFirst: sparseFirst)
    return (result, solver.passes)
  }

  /// The cost the solver minimises, of any assignment of the problem: the pairs' own costs
  /// plus each judge's load costs.
  static func cost(of pairs: [Pair], _ problem: AssignmentProblem) -> Int64 {
    var solver = Solver(problem)
    let judges = Dictionary(problem.judges.enumerated().map { ($1.id, $0) }) { a, _ in a }
    let entries = Dictionary(problem.entries.enumerated().map { ($1.code, $0) }) { a, _ in a }
    solver.load = [Int](repeating: 0, count: solver.m)
    var total: Int64 = 0
    for pair in pairs {
      guard let j = judges[pair.judge], let e = entries[pair.entry] else { continue }
      total += solver.cost(e, j) + (solver.loadCost(j) ?? overloadStep * 1000)
      solver.load[j] += 1
    }
    return total
  }
}

struct Solver {
  let problem: AssignmentProblem
  let n: Int
  let m: Int
  let sink: Int
  let judgeIndex: [String: Int]
  let entryIndex: [String: Int]
  /// conflict[e * m + j]
  var conflict: [Bool]
  var fixed: [Bool]
  /// Judges of each entry (fixed and not).
  var judgesOf: [[Int32]]
  /// Entries of each judge that may be moved (not fixed), with the pair's cost beside each
  /// so the search reads them in order instead of looking costs up all over memory.
  var movable: [[(entry: Int32, cost: Int32)]]
  var load: [Int]
  var need: [Int]
  var potential: [Int64]
  let base: Int
  let balanced: Int
  let cap: Int
  let matches: [Bool]
  /// Each pair's cost, or -1 where the pair is a conflict: worked out once.
  var pairCost: [Int32] = []
  /// Whether the pair is made (fixed or not).
  var paired: [Bool] = []
  /// Fixed pairs of judges not in the problem (removed, sheets kept).
  let outside: [Pair]

  init(_ problem: AssignmentProblem) {
    self.problem = problem
    n = problem.entries.count
    m = problem.judges.count
    sink = n + m
    judgeIndex = Dictionary(problem.judges.enumerated().map { ($1.id, $0) }) { a, _ in a }
    entryIndex = Dictionary(problem.entries.enumerated().map { ($1.code, $0) }) { a, _ in a }
    conflict = [Bool](repeating: false, count: n * m)
    fixed = [Bool](repeating: false, count: n * m)
    // Each field's judges, looked up once per entry (asking every judge's set of fields
    // about every entry hashed the field name n × m times: 15% of a 10,000 × 300 run).
    var judgesOfField: [String: [Int]] = [:]
    for (j, judge) in problem.judges.enumerated() {
      for field in judge.fields { judgesOfField[field, default: []].append(j) }
    }
    var matches = [Bool](repeating: false, count: n * m)
    for (e, entry) in problem.entries.enumerated() where !entry.field.isEmpty {
      for j in judgesOfField[entry.field] ?? [] { matches[e * m + j] = true }
    }
    self.matches = matches
    judgesOf = [[Int32]](repeating: [], count: n)
    movable = [[(entry: Int32, cost: Int32)]](repeating: [], count: m)
    load = [Int](repeating: 0, count: m)
    need = [Int](repeating: problem.perEntry, count: n)
    potential = [Int64](repeating: 0, count: n + m + 1)
    for pair in problem.conflicts {
      if let e = entryIndex[pair.entry], let j = judgeIndex[pair.judge] {
        conflict[e * m + j] = true
      }
    }
    var outside: [Pair] = []
    for pair in problem.fixed.sorted() {
      guard let e = entryIndex[pair.entry] else { continue }
      guard let j = judgeIndex[pair.judge] else {
        // A judge no longer on the jury whose sheet stays: it counts for the entry.
        outside.append(pair)
        need[e] = max(0, need[e] - 1)
        continue
      }
      guard !fixed[e * m + j] else { continue }
      fixed[e * m + j] = true
      judgesOf[e].append(Int32(j))
      load[j] += 1
      need[e] = max(0, need[e] - 1)
    }
    self.outside = outside
    paired = [Bool](repeating: false, count: n * m)
    for e in 0..<n {
      for j in judgesOf[e] { paired[e * m + Int(j)] = true }
    }
    let total = load.reduce(0, +) + need.reduce(0, +)
    base = m > 0 ? total / m : 0
    balanced = m > 0 ? base + (total % m == 0 ? 0 : 1) : 0
    cap = problem.maxLoad ?? Int.max
  }

  /// Problems visible before solving, each named.
  func precheck() -> AssignmentFailure? {
    var reasons: [String] = []
    let k = problem.perEntry
    if k < 1 {
      reasons.append(
        Language.text(
          vi: "số giám khảo mỗi sáng kiến phải từ 1", en: "judges per entry must be at least 1"))
    } else if m < k {
      reasons.append(
        Language.text(
          vi: "chỉ có \(m) giám khảo, mỗi sáng kiến cần \(k)",
          en: "there are only \(m) judges and each entry needs \(k)"))
    }
    if reasons.isEmpty {
      for e in 0..<n {
        let possible = (0..<m).filter { !conflict[e * m + $0] || fixed[e * m + $0] }.count
        if possible < k {
          let code = problem.entries[e].code
          reasons.append(
            Language.text(
              vi: "\(code): chỉ có \(possible) giám khảo không xung đột lợi ích, cần \(k)",
              en:
                "\(code): only \(possible) judge\(possible == 1 ? "" : "s") without a conflict, \(k) needed"
            ))
        }
      }
    }
    if let maxLoad = problem.maxLoad {
      let total = load.reduce(0, +) + need.reduce(0, +)
      if maxLoad * m < total {
        reasons.append(
          Language.text(
            vi:
              "với tối đa \(maxLoad) sáng kiến mỗi giám khảo, \(m) giám khảo chỉ chấm được \(maxLoad * m) lượt; cần \(total)",
            en:
              "with at most \(maxLoad) entries per judge, \(m) judges can take \(maxLoad * m) places; \(total) are needed"
          ))
      }
      for j in 0..<m where load[j] > maxLoad {
        reasons.append(
          Language.text(
            vi: "\(problem.judges[j].id) đã chấm \(load[j]) sáng kiến, hơn mức tối đa \(maxLoad)",
            en:
              "\(problem.judges[j].id) has already scored \(load[j]) entries, above the maximum \(maxLoad)"
          ))
      }
    }
    return reasons.isEmpty ? nil : AssignmentFailure(reasons: reasons)
  }

  /// The pair's own cost: field match first, then the seeded noise.
  func cost(_ e: Int, _ j: Int) -> Int64 {
    var x = problem.seed &+ UInt64(e) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(j) &* 0xBF58_476D_1CE4_E5B9
    x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
    x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
    x ^= x >> 31
    return (matches[e * m + j] ? 0 : 16) + Int64(x & 15)
  }

  /// The cost of a judge's next unit of load, or nil past the cap.
  func loadCost(_ j: Int) -> Int64? {
    let next = load[j] + 1
    if next > cap { return nil }
    if next <= base { return 0 }
    if next <= balanced { return AssignmentSolver.balanceStep }
    return AssignmentSolver.overloadStep * Int64(next - balanced)
  }

  struct Item: Comparable {
    var distance: Int64
    var node: Int32
    static func < (a: Item, b: Item) -> Bool { a.distance < b.distance }
  }

  /// Candidate judges of each entry (compressed rows: `candidates[start[e]..<start[e + 1]]`),
  /// the only entry → judge edges the search follows.
  var candidates: [Int32] = []
  var candidateStart: [Int] = []
  /// Beside each candidate: the pair's cost, and whether the pair is made.
  var candidateCost: [Int32] = []
  var candidatePaired: [Bool] = []

  /// How many searches over all entries ran.
  var passes = 0

  /// Solves on a sparse graph first: each entry's `width` cheapest judges. The answer is
  /// then checked against every pair left out: if none has a negative reduced cost under
  /// the final potentials, no cycle of the full graph can lower the cost, so the flow is
  /// optimal for the full graph too (complementary slackness). Pairs that fail the check
  /// are added and the search runs again; the last resort is the full graph. The answer
  /// is the same min-cost flow either way; only the work differs.
  mutating func run(sparseFirst: Bool) -> Result<AssignmentSolution, AssignmentFailure> {
    pairCost = [Int32](repeating: -1, count: n * m)
    for e in 0..<n {
      for j in 0..<m where !conflict[e * m + j] { pairCost[e * m + j] = Int32(cost(e, j)) }
    }
    let start = self
    var width = sparseFirst ? min(m, max(24, 8 * problem.perEntry)) : m
    var added = [[Int32]](repeating: [], count: n)
    for _ in 0..<4 where width < m {
      chooseCandidates(width: width, added: added)
      let failed = augment()
      if failed.isEmpty {
        let violations = negativePairs()
        if violations.isEmpty { return .success(solution()) }
        for (e, j) in violations { added[e].append(j) }
      } else {
        // Some entry found no path in the sparse graph: widen everyone's list.
        width = min(m, width * 2)
      }
      let passes = passes
      self = start
      self.passes = passes
    }
    chooseCandidates(width: m, added: [])
    let failed = augment()
    if !failed.isEmpty {
      return .failure(AssignmentFailure(reasons: failed.map(reason)))
    }
    return .success(solution())
  }

  /// Each entry's `width` cheapest judges it has no conflict with (all when `width` is m),
  /// plus `added`.
  mutating func chooseCandidates(width: Int, added: [[Int32]]) {
    candidates.removeAll(keepingCapacity: true)
    candidateStart = [0]
    candidateStart.reserveCapacity(n + 1)
    // Costs are small (0 to 31): a counting pass per entry orders its judges by cost.
    var buckets = [[Int32]](repeating: [], count: 32)
    for e in 0..<n {
      let row = e * m
      let before = candidates.count
      if width >= m {
        for j in 0..<m where pairCost[row + j] >= 0 { candidates.append(Int32(j)) }
      } else {
        for index in buckets.indices { buckets[index].removeAll(keepingCapacity: true) }
        for j in 0..<m where pairCost[row + j] >= 0 {
          buckets[min(Int(pairCost[row + j]), 31)].append(Int32(j))
        }
        var taken = 0
        for bucket in buckets where taken < width {
          for j in bucket.prefix(width - taken) { candidates.append(j) }
          taken = candidates.count - before
        }
        if e < added.count {
          for j in added[e] where !candidates[before...].contains(j) { candidates.append(j) }
        }
      }
      candidateStart.append(candidates.count)
    }
    candidateCost = (0..<n).flatMap { e in
      candidates[candidateStart[e]..<candidateStart[e + 1]].map { pairCost[e * m + Int($0)] }
    }
    candidatePaired = (0..<n).flatMap { e in
      candidates[candidateStart[e]..<candidateStart[e + 1]].map { paired[e * m + Int($0)] }
    }
  }

  /// Records in the entry's candidate list that the pair is made or undone.
  mutating func setCandidate(entry e: Int, judge j: Int, paired made: Bool) {
    paired[e * m + j] = made
    for index in candidateStart[e]..<candidateStart[e + 1] where candidates[index] == Int32(j) {
      candidatePaired[index] = made
      return
    }
  }

  /// The pairs not made whose reduced cost under the current potentials is negative.
  func negativePairs() -> [(Int, Int32)] {
    var result: [(Int, Int32)] = []
    for e in 0..<n {
      let row = e * m
      for j in 0..<m where pairCost[row + j] >= 0 && !paired[row + j] {
        if Int64(pairCost[row + j]) + potential[e] - potential[n + j] < 0 {
          result.append((e, Int32(j)))
        }
      }
    }
    return result
  }

  /// Successive shortest paths for every entry still short of judges; returns the entries
  /// that found no path.
  mutating func augment() -> [Int] {
    passes += 1
    var distance = [Int64](repeating: 0, count: n + m + 1)
    var stamp = [Int32](repeating: -1, count: n + m + 1)
    var done = [Int32](repeating: -1, count: n + m + 1)
    var previous = [Int32](repeating: -1, count: n + m + 1)
    var visited: [Int32] = []
    var failed: [Int] = []
    var round: Int32 = 0
    for e in 0..<n {
      while need[e] > 0 {
        round += 1
        visited.removeAll(keepingCapacity: true)
        var heap = Heap<Item>()
        distance[e] = 0
        stamp[e] = round
        previous[e] = -1
        heap.insert(Item(distance: 0, node: Int32(e)))
        var reached = false
        func relax(_ from: Int, _ to: Int, _ reduced: Int64, _ base: Int64) {
          let candidate = base + reduced
          if stamp[to] != round || candidate < distance[to] {
            stamp[to] = round
            distance[to] = candidate
            previous[to] = Int32(from)
            heap.insert(Item(distance: candidate, node: Int32(to)))
          }
        }
        while let item = heap.popMin() {
          let u = Int(item.node)
          if done[u] == round || item.distance > distance[u] { continue }
          done[u] = round
          visited.append(item.node)
          if u == sink {
            reached = true
            break
          }
          let d = item.distance
          if u < n {
            // Entry → each judge it is not yet paired with and has no conflict with. The hot
            // loop of the solver: flat arrays, no closure, and nothing pushed that cannot
            // beat the best path to the sink found so far.
            let bound = stamp[sink] == round ? distance[sink] : Int64.max
            let start = d + potential[u]
            for index in candidateStart[u]..<candidateStart[u + 1] {
              if candidatePaired[index] { continue }
              let j = Int(candidates[index])
              let c = candidateCost[index]
              let node = n + j
              if done[node] == round { continue }
              let candidate = start + Int64(c) - potential[node]
              if candidate >= bound { continue }
              if stamp[node] != round || candidate < distance[node] {
                stamp[node] = round
                distance[node] = candidate
                previous[node] = Int32(u)
                heap.insert(Item(distance: candidate, node: Int32(node)))
              }
            }
          } else {
            let j = u - n
            if let extra = loadCost(j), done[sink] != round {
              relax(u, sink, extra + potential[u] - potential[sink], d)
            }
            // Judge → an entry it scores (moving that entry to another judge).
            for (x32, c) in movable[j] {
              let x = Int(x32)
              if done[x] == round { continue }
              relax(u, x, -Int64(c) + potential[u] - potential[x], d)
            }
          }
        }
        guard reached else {
          failed.append(e)
          need[e] = 0
          continue
        }
        let limit = distance[sink]
        for v32 in visited {
          let v = Int(v32)
          if distance[v] < limit { potential[v] += distance[v] - limit }
        }
        // Augment one unit along the path.
        var v = sink
        let last = Int(previous[sink]) - n
        load[last] += 1
        v = Int(previous[sink])
        while previous[v] >= 0 {
          let u = Int(previous[v])
          if u < n {
            // u (entry) → v (judge): make the pair.
            let j = v - n
            judgesOf[u].append(Int32(j))
            movable[j].append((Int32(u), pairCost[u * m + j]))
            setCandidate(entry: u, judge: j, paired: true)
          } else {
            // u (judge) → v (entry): undo the pair.
            let j = u - n
            if let index = judgesOf[v].firstIndex(of: Int32(j)) { judgesOf[v].remove(at: index) }
            if let index = movable[j].firstIndex(where: { $0.entry == Int32(v) }) {
              movable[j].remove(at: index)
            }
            setCandidate(entry: v, judge: j, paired: false)
          }
          v = u
        }
        need[e] -= 1
      }
    }
    return failed
  }

  func reason(_ e: Int) -> String {
    let code = problem.entries[e].code
    let possible = (0..<m).filter { !conflict[e * m + $0] }.map { problem.judges[$0].id }
    let shown = possible.prefix(8).joined(separator: ", ") + (possible.count > 8 ? ", …" : "")
    return Language.text(
      vi:
        "\(code): không đủ \(problem.perEntry) giám khảo; những người có thể chấm (\(shown)) đều đã đủ \(cap) sáng kiến và không chuyển bớt được; \(Remedy.raiseMaxLoad.text) hoặc xem lại xung đột lợi ích",
      en:
        "\(code): cannot get \(problem.perEntry) judges; the judges who could score it (\(shown)) all have \(cap) entries and none can be moved; \(Remedy.raiseMaxLoad.text) or review the conflicts"
    )
  }

  func solution() -> AssignmentSolution {
    var pairs: [Pair] = []
    var matched = 0
    var loads: [String: Int] = [:]
    for judge in problem.judges { loads[judge.id] = 0 }
    var shared: [Int: Int] = [:]
    for e in 0..<n {
      let judges = judgesOf[e].map(Int.init).sorted()
      for j in judges {
        pairs.append(Pair(judge: problem.judges[j].id, entry: problem.entries[e].code))
        loads[problem.judges[j].id, default: 0] += 1
        if matches[e * m + j] { matched += 1 }
      }
      for a in judges.indices {
        for b in judges.indices where b > a {
          shared[judges[a] * m + judges[b], default: 0] += 1
        }
      }
    }
    return AssignmentSolution(
      pairs: (pairs + outside).sorted(), loads: loads, fieldMatches: matched,
      maxSharedEntries: shared.values.max() ?? 0)
  }
}
