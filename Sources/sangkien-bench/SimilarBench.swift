import Foundation
import SangKienInterchange
import SangKienModel

/// Near-duplicate detection on the labelled set `Tests/Fixtures/similar/pairs.csv` (made by
/// `make-pairs` beside it): precision and recall at the default threshold and around it, by
/// kind of pair; then the time to check one entry against `corpus` entries.
enum SimilarBench {
  static func authors(_ text: String) -> [String] {
    text.split(separator: ";").map { part in
      var name = String(part)
      if let open = name.firstIndex(of: "(") { name = String(name[..<open]) }
      return name.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }

  static func run(pairs path: String, corpus: Int) {
    guard var reader = try? CSVReader(path: path) else {
      print("cannot read \(path): run Tests/Fixtures/similar/make-pairs > \(path)")
      exit(1)
    }
    _ = reader.next()
    var base: [String: SimilarityDocument] = [:]
    var variants: [SimilarityDocument] = []
    var labelled: [(kind: String, label: Bool, a: String, b: (String, String))] = []
    while let record = reader.next() {
      let f = record.fields
      guard f.count >= 12 else { continue }
      base[f[2]] = SimilarityDocument(
        contest: "2019", code: f[2], title: f[3], summary: f[4], unit: f[5], authors: authors(f[6]))
      if f[7].isEmpty {
        let code = "V-\(variants.count + 1)"
        variants.append(
          SimilarityDocument(
            contest: "2025", code: code, title: f[8], summary: f[9], unit: f[10],
            authors: authors(f[11])))
        labelled.append((f[0], f[1] == "1", f[2], ("2025", code)))
      } else {
        labelled.append((f[0], f[1] == "1", f[2], ("2019", f[7])))
      }
    }
    let index = SimilarityIndex(Array(base.values).sorted { $0.code < $1.code } + variants)
    let scores = labelled.map { pair in
      (pair, index.match(("2019", pair.a), pair.b)?.score ?? 0)
    }
    func measure(_ threshold: Double) -> (
      precision: Double, recall: Double, tp: Int, fp: Int, fn: Int
    ) {
      var tp = 0
      var fp = 0
      var fn = 0
      for (pair, score) in scores {
        let flagged = score >= threshold
        if flagged && pair.label { tp += 1 }
        if flagged && !pair.label { fp += 1 }
        if !flagged && pair.label { fn += 1 }
      }
      return (
        tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp),
        tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn),
        tp, fp, fn
      )
    }
    let positives = labelled.filter(\.label).count
    print(
      "labelled set: \(labelled.count) pairs (\(positives) near-duplicates, \(labelled.count - positives) not), \(path)"
    )
    for kind in ["resubmission", "revision", "district", "rewritten", "same-field", "same-unit"] {
      let these = scores.filter { $0.0.kind == kind }.map(\.1)
      guard !these.isEmpty else { continue }
      let threshold = SimilarityIndex.threshold
      let flagged = these.filter { $0 >= threshold }.count
      print(
        String(
          format: "  %@ %3d pairs  score min %.2f  median %.2f  max %.2f  flagged %d",
          kind.padding(toLength: 13, withPad: " ", startingAt: 0),
          these.count, these.min() ?? 0, these.sorted()[these.count / 2], these.max() ?? 0, flagged)
      )
    }
    for threshold in [0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60] {
      let m = measure(threshold)
      let mark = abs(threshold - SimilarityIndex.threshold) < 1e-9 ? "  ← default" : ""
      print(
        String(
          format: "  threshold %.2f: precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%@",
          threshold,
          m.precision, m.recall, m.tp, m.fp, m.fn, mark))
    }
    // The time to check one entry against `corpus`.
    var random = SeededGenerator(seed: 7)
    let documents =
      Synthetic.similarityCorpus(count: corpus, random: &random)
      + [base["SK-0001"]!]
    var started = ContinuousClock.now
    let big = SimilarityIndex(documents)
    let built = ContinuousClock.now - started
    var times: [Double] = []
    var found = 0
    for _ in 0..<21 {
      started = ContinuousClock.now
      found = big.similar(to: "2019", code: "SK-0001").count
      let elapsed = ContinuousClock.now - started
      times.append(
        Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    times.sort()
    // The labelled set among the corpus: each near-duplicate found by a check of its entry
    // (the index compares it only with those sharing its rarest words), each unrelated pair
    // not.
    let mixed = SimilarityIndex(
      Synthetic.similarityCorpus(count: corpus, random: &random)
        + Array(base.values).sorted { $0.code < $1.code } + variants)
    var found10k = 0
    var wrong10k = 0
    for pair in labelled {
      let hit = mixed.similar(to: "2019", code: pair.a, limit: 1_000).contains {
        $0.document.contest == pair.b.0 && $0.document.code == pair.b.1
      }
      if hit && pair.label { found10k += 1 }
      if hit && !pair.label { wrong10k += 1 }
    }
    print(
      "the labelled set among \(corpus) entries, by checking each entry: \(found10k) of \(positives) near-duplicates found, \(wrong10k) unrelated pairs flagged"
    )
    print(
      String(
        format:
          "corpus of %d entries: index built in %.0f ms; one entry checked against all in %.2f ms (median of 21, min %.2f, max %.2f); %d above the threshold",
        corpus,
        Double(built.components.seconds) * 1000 + Double(built.components.attoseconds) / 1e15,
        times[10], times[0], times[20], found))
  }
}

extension Synthetic {
  /// `count` entries of several editions, titles and summaries drawn from the contest's
  /// vocabulary (fields, districts, verbs, phrases) as the synthetic entries CSV draws them.
  static func similarityCorpus(count: Int, random: inout SeededGenerator) -> [SimilarityDocument] {
    let phrases = [
      "giảm thời gian chờ đợi của người dân", "không phải nộp lại giấy tờ đã có",
      "kết nối cơ sở dữ liệu dân cư", "trả kết quả qua bưu điện tại nhà",
      "tra cứu tiến độ bằng tin nhắn", "thanh toán phí không dùng tiền mặt",
      "số hoá hồ sơ ngay khi tiếp nhận", "hẹn lịch làm thủ tục qua mạng",
      "liên thông giữa cấp quận và cấp phường", "hướng dẫn kê khai bằng video ngắn",
      "đánh giá mức độ hài lòng bằng máy tính bảng", "ký số văn bản trả kết quả",
    ]
    return (0..<count).map { index in
      let field = fields[random.below(fields.count)]
      let district = districts[random.below(districts.count)]
      let verb = verbs[random.below(verbs.count)]
      let summary = (0..<3).map { _ in phrases[random.below(phrases.count)] }
        .joined(separator: ", ")
      return SimilarityDocument(
        contest: "edition-\(index % 5)", code: "SK-\(index)",
        title: "\(verb) thủ tục \(field.lowercased()) tại UBND quận \(district)",
        summary: "Giải pháp \(summary) khi thực hiện thủ tục \(field.lowercased()).",
        unit: "UBND quận \(district)",
        authors: [
          "\(families[random.below(families.count)]) \(givens[random.below(givens.count)])"
        ])
    }
  }
}
