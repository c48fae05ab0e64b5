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
    var solver = Solver(problem)
    if let failure = solver.precheck() { return .failure(failure) }
    return solver.run()
  }
}

private struct Solver {
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
  /// Entries of each judge that may be moved (not fixed).
  var movable: [[Int32]]
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
    var matches = [Bool](repeating: false, count: n * m)
    for (e, entry) in problem.entries.enumerated() where !entry.field.isEmpty {
      for (j, judge) in problem.judges.enumerated() where judge.fields.contains(entry.field) {
        matches[e * m + j] = true
      }
    }
    self.matches = matches
    judgesOf = [[Int32]](repeating: [], count: n)
    movable = [[Int32]](repeating: [], count: m)
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

  mutating func run() -> Result<AssignmentSolution, AssignmentFailure> {
    pairCost = [Int32](repeating: -1, count: n * m)
    for e in 0..<n {
      for j in 0..<m where !conflict[e * m + j] { pairCost[e * m + j] = Int32(cost(e, j)) }
    }
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
            let row = u * m
            let bound = stamp[sink] == round ? distance[sink] : Int64.max
            let start = d + potential[u]
            for j in 0..<m {
              let c = pairCost[row + j]
              if c < 0 || paired[row + j] { continue }
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
            for x32 in movable[j] {
              let x = Int(x32)
              if done[x] == round { continue }
              relax(u, x, -Int64(pairCost[x * m + j]) + potential[u] - potential[x], d)
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
            movable[j].append(Int32(u))
            paired[u * m + j] = true
          } else {
            // u (judge) → v (entry): undo the pair.
            let j = u - n
            if let index = judgesOf[v].firstIndex(of: Int32(j)) { judgesOf[v].remove(at: index) }
            paired[v * m + j] = false
            if let index = movable[j].firstIndex(of: Int32(v)) { movable[j].remove(at: index) }
          }
          v = u
        }
        need[e] -= 1
      }
    }
    if !failed.isEmpty {
      return .failure(AssignmentFailure(reasons: failed.map(reason)))
    }
    return .success(solution())
  }

  func reason(_ e: Int) -> String {
    let code = problem.entries[e].code
    let possible = (0..<m).filter { !conflict[e * m + $0] }.map { problem.judges[$0].id }
    let shown = possible.prefix(8).joined(separator: ", ") + (possible.count > 8 ? ", …" : "")
    return Language.text(
      vi:
        "\(code): không đủ \(problem.perEntry) giám khảo; những người có thể chấm (\(shown)) đều đã đủ \(cap) sáng kiến và không chuyển bớt được; hãy nâng --max-load hoặc xem lại xung đột lợi ích",
      en:
        "\(code): cannot get \(problem.perEntry) judges; the judges who could score it (\(shown)) all have \(cap) entries and none can be moved; raise --max-load or review the conflicts"
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
