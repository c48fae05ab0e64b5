import Foundation

/// An entry as near-duplicate detection compares it: which contest, its code, and the
/// fields that make a resubmission recognisable.
public struct SimilarityDocument: Sendable, Hashable {
  /// The contest (edition) it belongs to.
  public var contest: String
  /// Its code.
  public var code: String
  /// Its title.
  public var title: String
  /// Its summary.
  public var summary: String
  /// Its unit.
  public var unit: String
  /// Its authors' names.
  public var authors: [String]

  /// Creates a document.
  public init(
    contest: String, code: String, title: String, summary: String, unit: String,
    authors: [String]
  ) {
    self.contest = contest
    self.code = code
    self.title = title
    self.summary = summary
    self.unit = unit
    self.authors = authors
  }
}

/// Why two entries look alike.
public enum SimilarityReason: String, Sendable, Hashable, CaseIterable {
  case title, summary, unit, authors

  /// The field in Vietnamese.
  public var vietnamese: String {
    switch self {
    case .title: "tên"
    case .summary: "tóm tắt"
    case .unit: "đơn vị"
    case .authors: "tác giả"
    }
  }

  /// The field in the current language.
  public var localized: String { Language.current == .vi ? vietnamese : rawValue }
}

/// Another entry close to the one checked: which, how close (0–1), and why.
public struct SimilarityMatch: Sendable, Hashable {
  /// The other entry.
  public var document: SimilarityDocument
  /// The similarity figure, 0 (nothing shared) to 1 (the same).
  public var score: Double
  /// The title's and the summary's text similarity (cosine of TF-IDF), each 0–1.
  public var titleScore: Double
  /// See `titleScore`.
  public var summaryScore: Double
  /// The fields that look alike.
  public var reasons: [SimilarityReason]
}

/// Near-duplicate entries, within a contest and across its editions (a revised resubmission,
/// the same idea moved to another district), for the secretariat to look at — never refused.
///
/// Text is compared by **TF-IDF cosine over word unigrams and bigrams** of the title (counted
/// twice) and the summary, after Vietnamese folding: NFC, case and diacritics folded, `đ` as
/// `d`, administrative abbreviations written out (`UBND` is `ủy ban nhân dân`, `TTHC` is `thủ
/// tục hành chính`), a few function words dropped. TF-IDF rather than MinHash: the words every
/// entry of the field shares (`thủ tục`, `một cửa`, `hồ sơ`) weigh little, so entries that only
/// share a field stay apart, and the figure is exact and explainable (a Jaccard estimate is
/// neither); an exhaustive pass over 10,000 sparse vectors takes milliseconds, so nothing
/// approximate is needed. The unit (folded, abbreviations written out) and the authors
/// (folded names) add to the figure and to the reasons.
public struct SimilarityIndex: Sendable {
  /// The default figure from which a pair is listed: on the labelled set of `sangkien-bench
  /// similar`, midway between the closest unrelated pair of a field (0.23) and the furthest
  /// rewritten resubmission (0.46).
  public static let threshold = 0.35

  struct Vector: Sendable {
    var terms: [Int: Double]
  }

  struct Indexed: Sendable {
    var document: SimilarityDocument
    var title: Vector
    var summary: Vector
    var both: Vector
    var unit: String
    var authors: Set<String>
  }

  private var vocabulary: [String: Int] = [:]
  private var documentFrequency: [Int] = []
  private var entries: [Indexed] = []
  /// Each term's entries (positions in `entries`). An entry is compared with those sharing
  /// its rarest words and word pairs, rarest first, until `budget` entries are to be compared:
  /// every one that shares a word when the index is small, and against 100,000 not every
  /// one (a pair sharing only common words scores low, their weights being small).
  private var postings: [Int: [Int32]] = [:]
  /// Each entry's position, by contest and code.
  private var positions: [String: Int] = [:]
  /// How many entries one check compares at most (beyond its rarest term's).
  static let budget = 2_000

  /// The index of `documents`: the words' rarity is learnt from them.
  public init(_ documents: [SimilarityDocument]) {
    var tokenised: [([Int], [Int])] = []
    tokenised.reserveCapacity(documents.count)
    for document in documents {
      let title = Self.terms(Self.words(document.title)).map { intern($0) }
      let summary = Self.terms(Self.words(document.summary)).map { intern($0) }
      for term in Set(title + summary) { documentFrequency[term] += 1 }
      tokenised.append((title, summary))
    }
    let count = Double(max(documents.count, 1))
    let idf = documentFrequency.map { log((count + 1) / (Double($0) + 1)) + 1 }
    func vector(_ counts: [Int: Double]) -> Vector {
      var weighted: [Int: Double] = [:]
      var norm = 0.0
      for (term, tf) in counts {
        let w = (1 + log(tf)) * idf[term]
        weighted[term] = w
        norm += w * w
      }
      norm = norm.squareRoot()
      if norm > 0 { for (term, w) in weighted { weighted[term] = w / norm } }
      return Vector(terms: weighted)
    }
    func counts(_ terms: [Int], times: Double = 1) -> [Int: Double] {
      var result: [Int: Double] = [:]
      for term in terms { result[term, default: 0] += times }
      return result
    }
    entries = zip(documents, tokenised).map { document, terms in
      let title = counts(terms.0)
      let summary = counts(terms.1)
      let both = counts(terms.0, times: 2).merging(summary, uniquingKeysWith: +)
      return Indexed(
        document: document, title: vector(title), summary: vector(summary), both: vector(both),
        unit: Self.words(document.unit).joined(separator: " "),
        authors: Set(document.authors.map(VietnameseText.fold).filter { !$0.isEmpty }))
    }
    for (position, entry) in entries.enumerated() {
      positions[Self.key(entry.document.contest, entry.document.code)] = position
      for term in entry.both.terms.keys { postings[term, default: []].append(Int32(position)) }
    }
  }

  static func key(_ contest: String, _ code: String) -> String { contest + "\u{1F}" + code }

  private mutating func intern(_ term: String) -> Int {
    if let id = vocabulary[term] { return id }
    let id = documentFrequency.count
    vocabulary[term] = id
    documentFrequency.append(0)
    return id
  }

  /// How many entries the index holds.
  public var count: Int { entries.count }

  /// The entries at least `threshold` alike to the indexed entry (`contest`, `code`), the
  /// closest first, at most `limit`.
  public func similar(
    to contest: String, code: String, threshold: Double = SimilarityIndex.threshold,
    limit: Int = 10
  ) -> [SimilarityMatch] {
    guard let position = positions[Self.key(contest, code)] else { return [] }
    return similar(entries[position], at: position, threshold: threshold, limit: limit)
  }

  func similar(_ me: Indexed, at position: Int, threshold: Double, limit: Int)
    -> [SimilarityMatch]
  {
    // The entries sharing its rarest terms, within the budget.
    var candidates = Set<Int32>()
    for term in me.both.terms.keys.sorted(by: { documentFrequency[$0] < documentFrequency[$1] }) {
      guard let list = postings[term] else { continue }
      if !candidates.isEmpty && candidates.count + list.count > Self.budget { break }
      candidates.formUnion(list)
    }
    var found: [SimilarityMatch] = []
    for index in candidates.map({ Int($0) }) where index != position {
      if let match = compare(me, entries[index], threshold: threshold) { found.append(match) }
    }
    return Array(
      found.sorted {
        ($0.score, $1.document.contest, $1.document.code)
          > ($1.score, $0.document.contest, $0.document.code)
      }.prefix(limit))
  }

  /// How alike two indexed entries are (0 when either is not in the index, or they share
  /// too little text to be compared), with why.
  public func match(_ a: (contest: String, code: String), _ b: (contest: String, code: String))
    -> SimilarityMatch?
  {
    guard let me = positions[Self.key(a.contest, a.code)],
      let other = positions[Self.key(b.contest, b.code)]
    else { return nil }
    return compare(entries[me], entries[other], threshold: 0)
  }

  func compare(_ me: Indexed, _ other: Indexed, threshold: Double) -> SimilarityMatch? {
    let text = Self.cosine(me.both, other.both)
    // Little of the text shared: a unit or an author alone is no duplicate.
    guard text >= 0.2 || threshold == 0 else { return nil }
    let sameUnit = !me.unit.isEmpty && me.unit == other.unit
    let sharedAuthors = !me.authors.isDisjoint(with: other.authors)
    let score = min(1, 0.8 * text + (sameUnit ? 0.1 : 0) + (sharedAuthors ? 0.1 : 0))
    guard score >= threshold else { return nil }
    let title = Self.cosine(me.title, other.title)
    let summary = Self.cosine(me.summary, other.summary)
    var reasons: [SimilarityReason] = []
    if title >= 0.5 { reasons.append(.title) }
    if summary >= 0.4 { reasons.append(.summary) }
    if sameUnit { reasons.append(.unit) }
    if sharedAuthors { reasons.append(.authors) }
    return SimilarityMatch(
      document: other.document, score: score, titleScore: title, summaryScore: summary,
      reasons: reasons)
  }

  static func cosine(_ a: Vector, _ b: Vector) -> Double {
    let (small, large) = a.terms.count <= b.terms.count ? (a, b) : (b, a)
    var sum = 0.0
    for (term, w) in small.terms { if let v = large.terms[term] { sum += w * v } }
    return sum
  }

  // MARK: Words

  /// Administrative abbreviations as written out, folded.
  static let abbreviations: [String: String] = [
    "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "tthc": "thu tuc hanh chinh",
    "cchc": "cai cach hanh chinh", "bhxh": "bao hiem xa hoi", "bhyt": "bao hiem y te",
    "gcn": "giay chung nhan", "qsdd": "quyen su dung dat",
    "gcnqsdd": "giay chung nhan quyen su dung dat",
    "dkkd": "dang ky kinh doanh", "dvc": "dich vu cong", "dvctt": "dich vu cong truc tuyen",
    "cccd": "can cuoc cong dan", "cmnd": "chung minh nhan dan", "csdl": "co so du lieu",
    "tp": "thanh pho", "tphn": "thanh pho ha noi", "hn": "ha noi", "mc": "mot cua",
    "mclt": "mot cua lien thong", "cntt": "cong nghe thong tin",
    "ldtbxh": "lao dong thuong binh xa hoi",
    "sxkd": "san xuat kinh doanh", "dn": "doanh nghiep", "bpmc": "bo phan mot cua",
    "tn&mt": "tai nguyen moi truong", "tnmt": "tai nguyen moi truong", "gplx": "giay phep lai xe",
    "xd": "xay dung", "gpxd": "giay phep xay dung", "sdd": "su dung dat",
  ]

  /// Words too common to tell entries apart (folded: a word whose folded form is also a
  /// place's, such as `đã`/`Đa`, is kept).
  static let stopWords: Set<String> = [
    "va", "cua", "cho", "cac", "nhung", "trong", "tai", "tren", "voi", "de", "la", "duoc",
    "khi", "theo", "ve", "tu", "den", "o", "qua", "bang", "nay", "do", "co", "khong", "phai",
    "ma", "thi", "nhu", "cung", "se", "dang", "moi", "viec", "tung",
  ]

  /// The folded words of `text`, abbreviations written out, function words dropped.
  public static func words(_ text: String) -> [String] {
    let folded = VietnameseText.fold(text)
    var words: [String] = []
    var current = ""
    func flush() {
      guard !current.isEmpty else { return }
      if let long = abbreviations[current] {
        words += long.split(separator: " ").map(String.init)
      } else if !stopWords.contains(current) {
        words.append(current)
      }
      current = ""
    }
    for character in folded {
      if character.isLetter || character.isNumber || character == "&" {
        current.append(character)
      } else {
        flush()
      }
    }
    flush()
    return words
  }

  /// The terms of a run of words: each word, and each pair of neighbours.
  static func terms(_ words: [String]) -> [String] {
    var terms = words
    if words.count > 1 {
      for index in 0..<(words.count - 1) { terms.append(words[index] + "_" + words[index + 1]) }
    }
    return terms
  }
}
