import Foundation
import SangKienModel

/// A judge's score workbook: a form to fill in Excel or LibreOffice and send back. One row
/// per entry assigned (code, title, summary; locked), one column per leaf criterion with a
/// validation rule (a number from 0 to the maximum, on the step) and an input message listing
/// the criterion's bands, a total formula, a comment column; everything but the inputs
/// protected; and a hidden sheet, the stamp, naming the contest, round, judge and rubric
/// version it was made for. Protection is a convenience: `score import` checks every value
/// again, and the stamp against the database.
public struct ScoreWorkbook: Sendable {
  /// What the workbook was made for, as its hidden sheet says.
  public struct Stamp: Sendable, Hashable {
    /// The contest's id.
    public var contest: String
    /// The contest's name.
    public var contestName: String
    /// The round's id.
    public var round: String
    /// The round's name.
    public var roundName: String
    /// The judge's id.
    public var judge: String
    /// The judge's name.
    public var judgeName: String
    /// The rubric's id.
    public var rubric: String
    /// The SHA-256 of the rubric's stored definition (as audit record #1 has it).
    public var rubricSHA256: String
    /// The leaf criteria, in the order of their columns.
    public var criteria: [String]
    /// When it was made (ISO 8601).
    public var made: String

    /// Creates a stamp.
    public init(
      contest: String, contestName: String, round: String, roundName: String, judge: String,
      judgeName: String, rubric: String, rubricSHA256: String, criteria: [String], made: String
    ) {
      self.contest = contest
      self.contestName = contestName
      self.round = round
      self.roundName = roundName
      self.judge = judge
      self.judgeName = judgeName
      self.rubric = rubric
      self.rubricSHA256 = rubricSHA256
      self.criteria = criteria
      self.made = made
    }
  }

  /// One scored criterion, as its column shows it.
  public struct Column: Sendable, Hashable {
    /// The criterion.
    public var criterion: Criterion
    /// Its parent's name and maximum, shown above the column, when it is a sub-criterion.
    public var group: String?
    /// The header: the Vietnamese name (with the parent's when two leaves share a name) and
    /// the maximum: `Tính mới, sáng tạo (tối đa 25)`.
    public var header: String
    /// The name in the header, without the maximum: what `score import` reads it by.
    public var name: String
  }

  /// The hidden sheet's name.
  public static let stampSheet = "sangkien"
  /// What the stamp's first row says: the kind of workbook and its version.
  public static let format = "sangkien-score-workbook/1"
  /// The form's sheet name.
  public static var formSheet: String { Language.text(vi: "Phiếu chấm", en: "Score sheet") }

  /// What it was made for.
  public var stamp: Stamp
  /// The columns to score, in the rubric's order.
  public var columns: [Column]
  /// The entries, in code order, with what the judge has given already.
  public var lines: [BlindSheetDocument.Line]

  /// The workbook for `rubric`'s leaves.
  public init(stamp: Stamp, rubric: Rubric, lines: [BlindSheetDocument.Line]) {
    self.stamp = stamp
    self.columns = Self.columns(rubric)
    self.lines = lines
  }

  /// The columns of a rubric's leaves, headed as the workbook heads them.
  public static func columns(_ rubric: Rubric) -> [Column] {
    var found: [(Criterion, Criterion?)] = []
    func walk(_ criterion: Criterion, parent: Criterion?) {
      if criterion.isLeaf {
        found.append((criterion, parent))
      } else {
        for child in criterion.children { walk(child, parent: criterion) }
      }
    }
    for criterion in rubric.criteria { walk(criterion, parent: nil) }
    var counts: [String: Int] = [:]
    for (leaf, _) in found { counts[VietnameseText.fold(leaf.name), default: 0] += 1 }
    return found.map { leaf, parent in
      let shared = (counts[VietnameseText.fold(leaf.name)] ?? 0) > 1
      let name = shared && parent != nil ? "\(parent!.name): \(leaf.name)" : leaf.name
      func maximum(_ criterion: Criterion) -> String {
        Language.text(vi: "tối đa", en: "max") + " \(DecimalFormat.plain(criterion.max))"
      }
      return Column(
        criterion: leaf, group: parent.map { "\($0.name) (\(maximum($0)))" },
        header: "\(name) (\(maximum(leaf)))", name: name)
    }
  }

  /// The names `score import` reads each criterion's column by, beyond its id.
  public static func headerNames(_ rubric: Rubric) -> [String: [String]] {
    var names: [String: [String]] = [:]
    for column in columns(rubric) {
      names[column.criterion.id] =
        [column.criterion.name, column.name] + (column.criterion.nameEn.map { [$0] } ?? [])
    }
    return names
  }

  /// The same sheet as CSV, as `score sheet --format csv` writes it.
  public var blindSheet: BlindSheetDocument {
    BlindSheetDocument(
      round: stamp.round, judge: stamp.judge, leaves: stamp.criteria,
      maxima: Dictionary(
        columns.map { ($0.criterion.id, $0.criterion.max) }, uniquingKeysWith: { a, _ in a }),
      lines: lines)
  }

  /// A file name for mailing: the judge's id and name without marks, `gk01-nguyen-van-an.xlsx`.
  public var fileName: String {
    let folded = VietnameseText.fold(stamp.judgeName)
    var slug = ""
    for scalar in folded.unicodeScalars {
      if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    let id = String(
      stamp.judge.unicodeScalars.map {
        ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
          && $0.isASCII ? Character($0) : "-"
      })
    return (slug.isEmpty ? id : "\(id)-\(slug)") + ".xlsx"
  }

  // MARK: Writing

  /// The form's layout: rows above the header, then the header, then one row per entry.
  static let titleRows = 4
  static var groupRow: Int { titleRows + 2 }
  static var headerRow: Int { titleRows + 3 }
  /// The worksheet row of the first entry.
  public static var firstRow: Int { headerRow + 1 }

  /// Column indexes (from 0): STT, code, title, summary, dossier files, the criteria, total,
  /// comment, and the round and judge (hidden: they are what an import reads each row by).
  var criteriaStart: Int { 5 }
  var totalColumn: Int { criteriaStart + columns.count }
  var commentColumn: Int { totalColumn + 1 }
  var roundColumn: Int { commentColumn + 1 }
  var judgeColumn: Int { commentColumn + 2 }

  static func letters(_ column: Int) -> String { XLSXSheetReader.letters(ofColumn: column) }

  /// The workbook's bytes.
  public func bytes() throws -> [UInt8] {
    let form = Self.formSheet
    let quoted = "'" + form.replacingOccurrences(of: "'", with: "''") + "'"
    let printTitles =
      "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
      + XLSXWriter.xmlText("\(quoted)!$\(Self.headerRow - 1):$\(Self.headerRow)")
      + "</definedName>"
    return try XLSXWriter.package(
      [
        XLSXWriter.Part(name: form, xml: formXML()),
        XLSXWriter.Part(name: Self.stampSheet, xml: stampXML(), hidden: true),
      ], styles: Self.styles, definedNames: printTitles, lockStructure: true, recalculate: true)
  }

  /// Styles: 0 plain; 1 title; 2 subtitle; 3 note; 4 header; 5 locked text; 6 locked,
  /// centred; 7 points to enter; 8 comment to enter; 9 total.
  static let styles =
    XLSXWriter.declaration + "<styleSheet xmlns=\"\(XLSXWriter.main)\">"
    + "<fonts count=\"4\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/></font>"
    + "<font><i/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill>"
    + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E1F2\"/><bgColor indexed=\"64\"/></patternFill></fill>"
    + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF2CC\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
    + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
    + "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
    + "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"10\">"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/><protection locked=\"0\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/><protection locked=\"0\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>"
    + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "<dxfs count=\"1\"><dxf><font><b/><color rgb=\"FF9C0006\"/></font><fill><patternFill patternType=\"solid\"><bgColor rgb=\"FFFFC7CE\"/></patternFill></fill></dxf></dxfs>"
    + "</styleSheet>"

  /// A decimal as formulas write it (`0.5`).
  static func formula(_ value: Decimal) -> String { DecimalFormat.plain(value, places: 6) }

  /// A decimal as the judge reads it: `20,5` in Vietnamese.
  static func shown(_ value: Decimal) -> String { NumberFormat.shown(value) }

  /// The rule a criterion's cell must meet, written for the cell `cell`: a number, from 0 to
  /// the maximum, a whole number of steps.
  func rule(_ criterion: Criterion, cell: String) -> String {
    let step = Self.formula(criterion.step ?? 1)
    return
      "AND(ISNUMBER(\(cell)),\(cell)>=0,\(cell)<=\(Self.formula(criterion.max)),"
      + "ABS(\(cell)/\(step)-ROUND(\(cell)/\(step),0))<0.000001)"
  }

  /// The input message: the maximum and step, then the bands, cut to Excel's 255 characters.
  public func inputMessage(_ criterion: Criterion) -> String {
    let step = criterion.step ?? 1
    var text = Language.text(
      vi: "Từ 0 đến \(Self.shown(criterion.max)), bước \(Self.shown(step)).",
      en: "From 0 to \(Self.shown(criterion.max)), in steps of \(Self.shown(step)).")
    let bands = criterion.bands.map {
      "\n\(Self.shown($0.min))–\(Self.shown($0.max)): \($0.label)"
    }
    // Each band's line is shortened alike until the whole message fits (Excel counts UTF-16
    // units).
    var room = bands.map(\.utf16.count).max() ?? 0
    func length(_ room: Int) -> Int {
      text.utf16.count + bands.reduce(0) { $0 + min($1.utf16.count, room) }
    }
    while room > 12 && length(room) > 255 { room -= 2 }
    for band in bands {
      text += band.utf16.count <= room ? band : String(band.prefix(room - 1)) + "…"
    }
    while text.utf16.count > 255 { text.removeLast() }
    return text
  }

  /// The error shown when a value breaks the rule (at most 225 characters).
  public func errorMessage(_ criterion: Criterion) -> String {
    let text = Language.text(
      vi:
        "'\(criterion.name)': nhập một số từ 0 đến \(Self.shown(criterion.max)), bước \(Self.shown(criterion.step ?? 1)).",
      en:
        "'\(criterion.nameEn ?? criterion.name)': enter a number from 0 to \(Self.shown(criterion.max)), in steps of \(Self.shown(criterion.step ?? 1))."
    )
    var cut = text
    while cut.utf16.count > 225 { cut.removeLast() }
    return cut
  }

  /// An attribute value: escaped, line breaks kept (`&#10;`).
  static func attribute(_ text: String) -> String {
    XLSXWriter.xmlText(text).replacingOccurrences(of: "\n", with: "&#10;")
  }

  /// Lines a text takes in a column `width` characters wide, at most `cap`.
  static func lines(_ text: String, width: Int, cap: Int) -> Int {
    guard !text.isEmpty else { return 1 }
    let count = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
      $0 + max(1, (VietnameseText.displayWidth(String($1)) + width - 1) / width)
    }
    return min(cap, max(1, count))
  }

  func formXML() -> String {
    let last = judgeColumn
    let lastLetter = Self.letters(last)
    let rows = lines.count
    let firstRow = Self.firstRow
    let lastRow = firstRow + max(rows, 1) - 1
    let widths: [Int] =
      [5, 11, 34, 50, 26] + columns.map { _ in 13 } + [9, 40, 10, 10]
    var xml =
      XLSXWriter.declaration + "<worksheet xmlns=\"\(XLSXWriter.main)\">"
      + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
      + "<sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"1\">"
      + "<pane ySplit=\"\(Self.headerRow)\" topLeftCell=\"A\(firstRow)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
      + "<selection pane=\"bottomLeft\" activeCell=\"\(Self.letters(criteriaStart))\(firstRow)\" sqref=\"\(Self.letters(criteriaStart))\(firstRow)\"/>"
      + "</sheetView></sheetViews><cols>"
    for (index, width) in widths.enumerated() {
      let hidden = index >= roundColumn ? " hidden=\"1\"" : ""
      xml +=
        "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"\(hidden)/>"
    }
    xml += "</cols><sheetData>"

    func text(_ column: Int, _ row: Int, _ value: String, style: Int) -> String {
      let reference = "\(Self.letters(column))\(row)"
      guard !value.isEmpty else { return "<c r=\"\(reference)\" s=\"\(style)\"/>" }
      return
        "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XLSXWriter.xmlText(value))</t></is></c>"
    }
    func number(_ column: Int, _ row: Int, _ value: String, style: Int) -> String {
      "<c r=\"\(Self.letters(column))\(row)\" s=\"\(style)\"><v>\(value)</v></c>"
    }
    // The title block.
    let judgeLine = Language.text(
      vi:
        "Vòng: \(stamp.roundName) (\(stamp.round)) · Giám khảo: \(stamp.judgeName) (\(stamp.judge)) · \(rows) sáng kiến",
      en:
        "Round: \(stamp.roundName) (\(stamp.round)) · Judge: \(stamp.judgeName) (\(stamp.judge)) · \(rows) entries"
    )
    let note = Language.text(
      vi:
        "Nhập điểm vào các ô nền vàng: một số từ 0 đến điểm tối đa của tiêu chí, đúng bước điểm (7,5 hay 7.5 tuỳ cách máy viết số thập phân); di chuột vào ô để xem các mức điểm. Nhận xét ở cột cuối. Các ô khác đã khoá. Lưu tệp và gửi lại cho Ban thư ký; điểm được kiểm tra lại khi nhập.",
      en:
        "Enter points in the yellow cells: a number from 0 to the criterion's maximum, on its step; select a cell to see the bands. Comments in the last column. Other cells are locked. Save the file and send it back to the secretariat; every value is checked again on import."
    )
    let title = Language.text(vi: "PHIẾU CHẤM ĐIỂM", en: "SCORE SHEET")
    let blocks: [(String, Int, Int)] = [
      (title, 1, 24), (stamp.contestName, 2, 32), (judgeLine, 2, 18), (note, 3, 48),
    ]
    for (offset, (value, style, height)) in blocks.enumerated() {
      let row = offset + 1
      xml +=
        "<row r=\"\(row)\" ht=\"\(height)\" customHeight=\"1\">" + text(0, row, value, style: style)
        + "</row>"
    }
    // The group row: a sub-criterion's parent above its columns.
    xml += "<row r=\"\(Self.groupRow)\">"
    var merges = (1...Self.titleRows).map { "A\($0):\(lastLetter)\($0)" }
    for column in 0..<criteriaStart { xml += text(column, Self.groupRow, "", style: 4) }
    var index = 0
    while index < columns.count {
      let start = index
      let group = columns[index].group
      while index < columns.count && columns[index].group == group { index += 1 }
      for column in start..<index {
        let label = column == start ? group ?? "" : ""
        xml += text(criteriaStart + column, Self.groupRow, label, style: 4)
      }
      if group != nil && index - start > 1 {
        merges.append(
          "\(Self.letters(criteriaStart + start))\(Self.groupRow):\(Self.letters(criteriaStart + index - 1))\(Self.groupRow)"
        )
      }
    }
    for column in totalColumn...judgeColumn { xml += text(column, Self.groupRow, "", style: 4) }
    xml += "</row>"
    // The header.
    let headers =
      [
        "STT", Language.text(vi: "Mã sáng kiến", en: "Entry"),
        Language.text(vi: "Tên sáng kiến", en: "Title"),
        Language.text(vi: "Tóm tắt", en: "Summary"),
        Language.text(vi: "Tệp hồ sơ", en: "Dossier files"),
      ] + columns.map(\.header)
      + [
        Language.text(vi: "Tổng điểm", en: "Total"),
        Language.text(vi: "Nhận xét", en: "Comment"),
        Language.text(vi: "Vòng", en: "Round"), Language.text(vi: "Giám khảo", en: "Judge"),
      ]
    let headerLines = zip(headers, widths).map { Self.lines($0, width: $1 - 3, cap: 6) }.max() ?? 1
    xml += "<row r=\"\(Self.headerRow)\" ht=\"\(15 * headerLines + 4)\" customHeight=\"1\">"
    for (column, header) in headers.enumerated() {
      xml += text(column, Self.headerRow, header, style: 4)
    }
    xml += "</row>"
    // The entries.
    let firstPoints = Self.letters(criteriaStart)
    let lastPoints = Self.letters(totalColumn - 1)
    for (offset, line) in lines.enumerated() {
      let row = firstRow + offset
      let height = max(
        Self.lines(line.title, width: 33, cap: 10), Self.lines(line.summary, width: 49, cap: 10),
        Self.lines(line.comment, width: 39, cap: 10),
        Self.lines(line.files.joined(separator: "\n"), width: 25, cap: 10))
      xml += "<row r=\"\(row)\" ht=\"\(15 * height + 3)\" customHeight=\"1\">"
      xml += number(0, row, "\(offset + 1)", style: 6)
      xml += text(1, row, line.entry, style: 6)
      xml += text(2, row, line.title, style: 5)
      xml += text(3, row, line.summary, style: 5)
      xml += text(4, row, line.files.joined(separator: "\n"), style: 5)
      var given: [Decimal] = []
      for (column, criterion) in columns.enumerated() {
        if let points = line.points[criterion.criterion.id] {
          xml += number(criteriaStart + column, row, points.description, style: 7)
          given.append(points.decimal)
        } else {
          xml += "<c r=\"\(Self.letters(criteriaStart + column))\(row)\" s=\"7\"/>"
        }
      }
      let range = "\(firstPoints)\(row):\(lastPoints)\(row)"
      let total = XLSXWriter.xmlText("IF(COUNT(\(range))=0,\"\",SUM(\(range)))")
      let cached = given.isEmpty ? "" : DecimalFormat.plain(given.reduce(0, +))
      xml +=
        "<c r=\"\(Self.letters(totalColumn))\(row)\" s=\"9\""
        + (given.isEmpty ? " t=\"str\"" : "") + "><f>\(total)</f><v>\(cached)</v></c>"
      xml += text(commentColumn, row, line.comment, style: 8)
      xml += text(roundColumn, row, stamp.round, style: 6)
      xml += text(judgeColumn, row, stamp.judge, style: 6)
      xml += "</row>"
    }
    xml += "</sheetData>"
    xml +=
      "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
    xml += "<mergeCells count=\"\(merges.count)\">"
    for merge in merges { xml += "<mergeCell ref=\"\(merge)\"/>" }
    xml += "</mergeCells>"
    if rows > 0 {
      // A value that breaks the rule (pasted past the validation) shows red.
      var priority = 1
      for (column, criterion) in columns.enumerated() {
        let letter = Self.letters(criteriaStart + column)
        let cell = "\(letter)\(firstRow)"
        xml +=
          "<conditionalFormatting sqref=\"\(letter)\(firstRow):\(letter)\(lastRow)\"><cfRule type=\"expression\" dxfId=\"0\" priority=\"\(priority)\"><formula>"
          + XLSXWriter.xmlText("AND(\(cell)<>\"\",NOT(\(rule(criterion.criterion, cell: cell))))")
          + "</formula></cfRule></conditionalFormatting>"
        priority += 1
      }
      xml += "<dataValidations count=\"\(columns.count)\">"
      for (column, criterion) in columns.enumerated() {
        let letter = Self.letters(criteriaStart + column)
        let cell = "\(letter)\(firstRow)"
        var promptTitle = criterion.name
        while promptTitle.utf16.count > 32 { promptTitle.removeLast() }
        xml +=
          "<dataValidation type=\"custom\" errorStyle=\"stop\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
          + " errorTitle=\"\(Self.attribute(Language.text(vi: "Điểm không hợp lệ", en: "Points not valid")))\""
          + " error=\"\(Self.attribute(errorMessage(criterion.criterion)))\""
          + " promptTitle=\"\(Self.attribute(promptTitle))\""
          + " prompt=\"\(Self.attribute(inputMessage(criterion.criterion)))\""
          + " sqref=\"\(letter)\(firstRow):\(letter)\(lastRow)\">"
          + "<formula1>\(XLSXWriter.xmlText(rule(criterion.criterion, cell: cell)))</formula1>"
          + "</dataValidation>"
      }
      xml += "</dataValidations>"
    }
    let footer = Language.text(
      vi: "&LGiám khảo: \(stamp.judgeName) (ký, ghi rõ họ tên)&RTrang &P/&N",
      en: "&LJudge: \(stamp.judgeName) (signature)&RPage &P/&N")
    xml +=
      "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.7\" header=\"0.3\" footer=\"0.3\"/>"
      + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
      + "<headerFooter><oddFooter>\(XLSXWriter.xmlText(footer))</oddFooter></headerFooter>"
      + "</worksheet>"
    return xml
  }

  /// The stamp's rows: key, value, and what the key means.
  var stampRows: [(String, String, String)] {
    [
      (
        "format", Self.format,
        Language.text(vi: "Sổ chấm điểm của sangkien", en: "A sangkien score workbook")
      ),
      ("contest", stamp.contest, Language.text(vi: "Cuộc thi", en: "Contest")),
      ("contest_name", stamp.contestName, Language.text(vi: "Tên cuộc thi", en: "Contest name")),
      ("round", stamp.round, Language.text(vi: "Vòng", en: "Round")),
      ("round_name", stamp.roundName, Language.text(vi: "Tên vòng", en: "Round name")),
      ("judge", stamp.judge, Language.text(vi: "Giám khảo", en: "Judge")),
      ("judge_name", stamp.judgeName, Language.text(vi: "Họ tên giám khảo", en: "Judge's name")),
      ("rubric", stamp.rubric, Language.text(vi: "Bộ tiêu chí", en: "Rubric")),
      (
        "rubric_sha256", stamp.rubricSHA256,
        Language.text(vi: "Dấu vân tay (SHA-256) của bộ tiêu chí", en: "The rubric's SHA-256")
      ),
      (
        "criteria", stamp.criteria.joined(separator: ","),
        Language.text(vi: "Các tiêu chí, theo thứ tự cột", en: "The criteria, in column order")
      ),
      ("made", stamp.made, Language.text(vi: "Thời điểm lập", en: "Made at")),
    ]
  }

  func stampXML() -> String {
    var xml =
      XLSXWriter.declaration + "<worksheet xmlns=\"\(XLSXWriter.main)\">"
      + "<cols><col min=\"1\" max=\"1\" width=\"16\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"70\" customWidth=\"1\"/><col min=\"3\" max=\"3\" width=\"40\" customWidth=\"1\"/></cols><sheetData>"
    for (offset, (key, value, meaning)) in stampRows.enumerated() {
      let row = offset + 1
      xml += "<row r=\"\(row)\">"
      for (column, text) in [key, value, meaning].enumerated() {
        xml +=
          "<c r=\"\(Self.letters(column))\(row)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XLSXWriter.xmlText(text))</t></is></c>"
      }
      xml += "</row>"
    }
    xml += "</sheetData><sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/></worksheet>"
    return xml
  }
}
