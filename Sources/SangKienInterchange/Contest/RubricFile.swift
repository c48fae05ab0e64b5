import Foundation
import SangKienModel
import Yams

/// Reads and checks a rubric file.
public enum RubricFile {
  /// Loads the rubric at `path`; every problem is reported together with file:line:column.
  ///
  /// - Parameter displayName: how to name the file in messages (defaults to `path`).
  public static func load(path: String, displayName: String? = nil) throws(DiagnosticsError)
    -> Rubric
  {
    let name = displayName ?? path
    let reader = YAMLReader(file: name)
    guard let text = TextFile.read(path: path, displayName: name, into: reader),
      let root = reader.parse(text)
    else {
      throw DiagnosticsError(reader.collector.diagnostics)
    }
    let rubric = read(root, reader: reader)
    try reader.collector.check()
    guard let rubric else { throw DiagnosticsError(reader.collector.diagnostics) }
    return rubric
  }

  /// Parses rubric text, for tests and for rubrics embedded in other files.
  public static func parse(text: String, displayName: String) throws(DiagnosticsError) -> Rubric {
    let reader = YAMLReader(file: displayName)
    guard let root = reader.parse(text) else {
      throw DiagnosticsError(reader.collector.diagnostics)
    }
    let rubric = read(root, reader: reader)
    try reader.collector.check()
    guard let rubric else { throw DiagnosticsError(reader.collector.diagnostics) }
    return rubric
  }

  static func read(_ root: Node, reader: YAMLReader) -> Rubric? {
    let what = Language.text(vi: "bộ tiêu chí", en: "the rubric")
    guard
      let keys = reader.mapping(
        root, what: what, allowed: ["id", "name", "name_en", "description", "criteria"],
        required: ["id", "name", "criteria"])
    else { return nil }
    let id = reader.identifier(keys["id"], "id")
    let name = reader.string(keys["name"], "name")
    var seen: [String: Int] = [:]
    let criteria = readCriteria(keys["criteria"], reader: reader, seen: &seen)
    if let criteria, criteria.isEmpty, let node = keys["criteria"] {
      reader.error(
        at: node,
        Language.text(vi: "bộ tiêu chí không có tiêu chí nào", en: "the rubric has no criteria"))
    }
    guard let id, let name, let criteria else { return nil }
    return Rubric(id: id, name: name, criteria: criteria)
  }

  private static func readCriteria(
    _ node: Node?, reader: YAMLReader, seen: inout [String: Int]
  ) -> [Criterion]? {
    guard let items = reader.sequence(node, "criteria") else { return nil }
    var result: [Criterion] = []
    var complete = true
    for item in items {
      if let criterion = readCriterion(item, reader: reader, seen: &seen) {
        result.append(criterion)
      } else {
        complete = false
      }
    }
    return complete ? result : nil
  }

  private static func readCriterion(
    _ node: Node, reader: YAMLReader, seen: inout [String: Int]
  ) -> Criterion? {
    guard
      let keys = reader.mapping(
        node, what: Language.text(vi: "tiêu chí", en: "a criterion"),
        allowed: ["id", "name", "name_en", "description", "max", "step", "bands", "criteria"],
        required: ["id", "name", "max"])
    else { return nil }
    let id = reader.identifier(keys["id"], "id")
    if let id, let idNode = keys["id"] {
      if let first = seen[id] {
        reader.error(
          at: idNode,
          Language.text(
            vi: "mã tiêu chí '\(id)' bị trùng (đã dùng ở dòng \(first))",
            en: "duplicate criterion id '\(id)' (first used on line \(first))"))
      } else {
        seen[id] = idNode.mark?.line ?? 0
      }
    }
    let name = reader.string(keys["name"], "name")
    let nameEn = reader.string(keys["name_en"], "name_en")
    let max = reader.decimal(keys["max"], "max", positive: true)
    var children: [Criterion] = []
    var childrenOK = true
    if keys["criteria"] != nil {
      if let list = readCriteria(keys["criteria"], reader: reader, seen: &seen) {
        children = list
      } else {
        childrenOK = false
      }
    }
    var step: Decimal? = nil
    if children.isEmpty && childrenOK {
      step = keys["step"] == nil ? 1 : reader.decimal(keys["step"], "step", positive: true)
      if let step, let max, !isMultiple(max, of: step) {
        reader.error(
          at: keys["step"] ?? keys["max"],
          Language.text(
            vi: "bước \(fmt(step)) không chia hết điểm tối đa \(fmt(max)) của '\(id ?? "?")'",
            en: "step \(fmt(step)) does not divide the maximum \(fmt(max)) of '\(id ?? "?")'"))
      }
    } else if let stepNode = keys["step"] {
      reader.error(
        at: stepNode,
        Language.text(
          vi: "'step' chỉ đặt ở tiêu chí con (tiêu chí '\(id ?? "?")' có tiêu chí con)",
          en: "'step' belongs on sub-criteria ('\(id ?? "?")' has sub-criteria)"))
    }
    if !children.isEmpty, let max {
      let sum = children.reduce(Decimal(0)) { $0 + $1.max }
      if sum != max {
        reader.error(
          at: keys["max"],
          Language.text(
            vi:
              "các tiêu chí con của '\(id ?? "?")' cộng lại \(fmt(sum)) điểm, khác điểm tối đa \(fmt(max))",
            en:
              "the sub-criteria of '\(id ?? "?")' add up to \(fmt(sum)), not its maximum \(fmt(max))"
          ))
      }
    }
    let bands = readBands(keys["bands"], max: max, reader: reader)
    guard let id, let name, let max, childrenOK, let bands else { return nil }
    return Criterion(
      id: id, name: name, nameEn: nameEn, max: max, step: step, bands: bands, children: children)
  }

  private static func readBands(_ node: Node?, max: Decimal?, reader: YAMLReader) -> [Band]? {
    guard let node else { return [] }
    guard let items = reader.sequence(node, "bands") else { return nil }
    var bands: [Band] = []
    var ok = true
    for item in items {
      guard
        let keys = reader.mapping(
          item, what: Language.text(vi: "khoảng điểm", en: "a band"),
          allowed: ["min", "max", "label"], required: ["min", "max", "label"]),
        let low = reader.decimal(keys["min"], "min"),
        let high = reader.decimal(keys["max"], "max"),
        let label = reader.string(keys["label"], "label")
      else {
        ok = false
        continue
      }
      if low > high {
        reader.error(
          at: item,
          Language.text(
            vi: "khoảng điểm '\(label)': min \(fmt(low)) lớn hơn max \(fmt(high))",
            en: "band '\(label)': min \(fmt(low)) is above max \(fmt(high))"))
        ok = false
      } else if let max, high > max {
        reader.error(
          at: item,
          Language.text(
            vi: "khoảng điểm '\(label)' vượt quá điểm tối đa \(fmt(max))",
            en: "band '\(label)' goes beyond the maximum \(fmt(max))"))
        ok = false
      } else if let clash = bands.first(where: { $0.min <= high && low <= $0.max }) {
        reader.error(
          at: item,
          Language.text(
            vi: "khoảng điểm '\(label)' chồng lên khoảng '\(clash.label)'",
            en: "band '\(label)' overlaps band '\(clash.label)'"))
        ok = false
      } else {
        bands.append(Band(min: low, max: high, label: label))
      }
    }
    return ok ? bands : nil
  }

  static func isMultiple(_ value: Decimal, of step: Decimal) -> Bool {
    var quotient = value / step
    var rounded = Decimal()
    NSDecimalRound(&rounded, &quotient, 0, .plain)
    return rounded == quotient
  }

  static func fmt(_ value: Decimal) -> String { DecimalText.format(value) }
}

/// Reading a text file people wrote: it must exist and be UTF-8.
enum TextFile {
  static func read(path: String, displayName: String, into reader: YAMLReader) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else {
      reader.error(
        at: nil,
        Language.text(
          vi: "không tìm thấy hoặc không đọc được tệp", en: "file not found or not readable"))
      return nil
    }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let line = UTF8Check.firstInvalidLine(bytes) ?? 1
      reader.record(line: line, column: nil, UTF8Check.message)
      return nil
    }
    return text
  }
}
