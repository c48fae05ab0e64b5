import Foundation
import SangKienModel
import ZIPFoundation

/// A Word document written as plain WordprocessingML (document, styles, numbering, a
/// footer, page margins): what the jury's papers are made of. No template: every part is
/// written here, so what a paper holds is in this repository's text.
public struct DocxDocument: Sendable {
  /// How a paragraph lines up.
  public enum Alignment: String, Sendable {
    case left, center, right
    /// Justified.
    case both
  }

  /// A piece of text with one look.
  public struct Run: Sendable {
    /// The text (a line break starts a new line).
    public var text: String
    /// Bold.
    public var bold = false
    /// Italic.
    public var italic = false
    /// In points (the document's default, 14, when nil).
    public var size: Double? = nil
    /// A page-number field in place of the text.
    public var field: String? = nil

    /// Creates a run.
    public init(
      _ text: String, bold: Bool = false, italic: Bool = false, size: Double? = nil,
      field: String? = nil
    ) {
      self.text = text
      self.bold = bold
      self.italic = italic
      self.size = size
      self.field = field
    }
  }

  /// A paragraph.
  public struct Paragraph: Sendable {
    /// The runs, in order.
    public var runs: [Run]
    /// How it lines up.
    public var alignment: Alignment = .both
    /// Space after, in points.
    public var after: Double = 6
    /// A first-line indent, in centimetres.
    public var indent: Double = 0
    /// Numbered with the document's decimal list (1., 2., …).
    public var numbered = false
    /// Kept on the page of the paragraph after it.
    public var keepNext = false
    /// Starts a new page.
    public var pageBreak = false
    /// Drawn as a short rule: a line under an empty paragraph, inset by this much on each
    /// side (centimetres); nil for text.
    public var ruleInset: Double?

    /// Creates a paragraph.
    public init(
      _ runs: [Run], alignment: Alignment = .both, after: Double = 6, indent: Double = 0,
      numbered: Bool = false, keepNext: Bool = false, pageBreak: Bool = false
    ) {
      self.pageBreak = pageBreak
      self.runs = runs
      self.alignment = alignment
      self.after = after
      self.indent = indent
      self.numbered = numbered
      self.keepNext = keepNext
    }

    /// The short rule the decree draws under an issuer's name and under the motto: `width`
    /// centimetres, centred in a cell `cell` wide.
    public static func rule(width: Double, inCell cell: Double) -> Paragraph {
      var paragraph = Paragraph([Run("", size: 2)], alignment: .center, after: 0)
      paragraph.ruleInset = max(0, (cell - 0.3 - width) / 2)
      return paragraph
    }

    /// One run of plain text.
    public init(
      _ text: String, bold: Bool = false, italic: Bool = false, size: Double? = nil,
      alignment: Alignment = .both, after: Double = 6, indent: Double = 0
    ) {
      self.init(
        [Run(text, bold: bold, italic: italic, size: size)], alignment: alignment, after: after,
        indent: indent)
    }
  }

  /// A table: column widths in centimetres, rows of cells (each a few paragraphs).
  public struct Table: Sendable {
    /// The columns' widths, in centimetres.
    public var widths: [Double]
    /// The rows: each a list of cells, each a list of paragraphs.
    public var rows: [[[Paragraph]]]
    /// Grid lines (a data table) or none (the heading and signature blocks).
    public var borders: Bool
    /// Rows repeated at the top of each page.
    public var headerRows: Int

    /// Creates a table.
    public init(widths: [Double], rows: [[[Paragraph]]], borders: Bool, headerRows: Int = 0) {
      self.widths = widths
      self.rows = rows
      self.borders = borders
      self.headerRows = headerRows
    }
  }

  /// A block of the body.
  public enum Block: Sendable {
    case paragraph(Paragraph)
    case table(Table)
  }

  /// The body.
  public var blocks: [Block]
  /// The footer's text (the page number follows it).
  public var footer: String
  /// The document's title (its properties).
  public var title: String

  /// Creates a document.
  public init(blocks: [Block], footer: String, title: String) {
    self.blocks = blocks
    self.footer = footer
    self.title = title
  }

  /// The document's words, a line per paragraph and per table row (cells apart by ` | `):
  /// what its golden text holds.
  public var text: String {
    func line(_ p: Paragraph) -> String {
      p.runs.map { $0.field == nil ? $0.text : "#" }.joined()
    }
    var lines: [String] = []
    for block in blocks {
      switch block {
      case .paragraph(let p): lines.append(line(p))
      case .table(let t):
        for row in t.rows {
          lines.append(row.map { $0.map(line).joined(separator: " / ") }.joined(separator: " | "))
        }
      }
    }
    lines.append("— " + footer)
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Writing

  static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let declaration = XLSXWriter.declaration

  /// Centimetres in twentieths of a point.
  static func twips(_ cm: Double) -> Int { Int((cm / 2.54 * 1440).rounded()) }

  static func run(_ run: Run) -> String {
    var properties =
      "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    if run.bold { properties += "<w:b/>" }
    if run.italic { properties += "<w:i/>" }
    if let size = run.size {
      properties += "<w:sz w:val=\"\(Int(size * 2))\"/><w:szCs w:val=\"\(Int(size * 2))\"/>"
    }
    if let field = run.field {
      return "<w:r><w:rPr>\(properties)</w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:rPr>\(properties)</w:rPr><w:instrText xml:space=\"preserve\"> \(field) </w:instrText></w:r>"
        + "<w:r><w:rPr>\(properties)</w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:rPr>\(properties)</w:rPr><w:t>1</w:t></w:r>"
        + "<w:r><w:rPr>\(properties)</w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }
    // Line breaks within a run become <w:br/>.
    let lines = run.text.components(separatedBy: "\n")
    return "<w:r><w:rPr>\(properties)</w:rPr>"
      + lines.map { "<w:t xml:space=\"preserve\">\(XLSXWriter.xmlText($0))</w:t>" }
      .joined(separator: "<w:br/>") + "</w:r>"
  }

  static func paragraph(_ p: Paragraph) -> String {
    var properties = ""
    if p.keepNext { properties += "<w:keepNext/>" }
    if p.pageBreak { properties += "<w:pageBreakBefore/>" }
    if p.numbered { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
    if p.ruleInset != nil {
      properties +=
        "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>"
    }
    // A rule's paragraph is a few points high: the line sits right under the text above.
    let height = p.ruleInset == nil ? "" : " w:line=\"80\" w:lineRule=\"exact\""
    properties += "<w:spacing w:before=\"0\" w:after=\"\(Int(p.after * 20))\"\(height)/>"
    if let inset = p.ruleInset {
      properties += "<w:ind w:left=\"\(twips(inset))\" w:right=\"\(twips(inset))\"/>"
    } else if p.indent > 0 {
      properties += "<w:ind w:firstLine=\"\(twips(p.indent))\"/>"
    }
    properties += "<w:jc w:val=\"\(p.alignment.rawValue)\"/>"
    return "<w:p><w:pPr>\(properties)</w:pPr>" + p.runs.map(run).joined() + "</w:p>"
  }

  static func table(_ t: Table) -> String {
    let border = t.borders ? "single" : "nil"
    var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(t.widths.map(twips).reduce(0, +))\" w:type=\"dxa\"/>"
    xml += "<w:jc w:val=\"center\"/><w:tblBorders>"
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
      xml += "<w:\(side) w:val=\"\(border)\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    }
    xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
    xml +=
      "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
    xml += "</w:tblPr><w:tblGrid>"
    for width in t.widths { xml += "<w:gridCol w:w=\"\(twips(width))\"/>" }
    xml += "</w:tblGrid>"
    for (index, row) in t.rows.enumerated() {
      xml += "<w:tr><w:trPr><w:cantSplit/>"
      if index < t.headerRows { xml += "<w:tblHeader/>" }
      xml += "</w:trPr>"
      for (column, cell) in row.enumerated() {
        let width = column < t.widths.count ? twips(t.widths[column]) : 0
        xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
        // A cell holds at least one paragraph.
        xml += (cell.isEmpty ? [Paragraph("", after: 0)] : cell).map(paragraph).joined()
        xml += "</w:tc>"
      }
      xml += "</w:tr>"
    }
    return xml + "</w:tbl>"
  }

  /// The body as WordprocessingML: A4 portrait, the margins Nghị định 30/2020/NĐ-CP sets
  /// (top and bottom 2 cm, left 3 cm, right 1.5 cm), the footer on every page.
  var documentXML: String {
    var xml = Self.declaration + "<w:document xmlns:w=\"\(Self.w)\" xmlns:r=\"\(Self.r)\"><w:body>"
    for block in blocks {
      switch block {
      case .paragraph(let p): xml += Self.paragraph(p)
      case .table(let t):
        xml += Self.table(t)
        // Word wants a paragraph between two tables; a small one keeps them apart.
        xml += Self.paragraph(Paragraph("", after: 0))
      }
    }
    xml += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
    xml += "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
    xml +=
      "<w:pgMar w:top=\"\(Self.twips(2))\" w:right=\"\(Self.twips(1.5))\" w:bottom=\"\(Self.twips(2))\" w:left=\"\(Self.twips(3))\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
    xml += "</w:sectPr></w:body></w:document>"
    return xml
  }

  var footerXML: String {
    Self.declaration + "<w:ftr xmlns:w=\"\(Self.w)\" xmlns:r=\"\(Self.r)\">"
      + Self.paragraph(
        Paragraph(
          [
            Run(footer + " · ", italic: true, size: 10),
            Run(Language.text(vi: "trang ", en: "page "), italic: true, size: 10),
            Run("", italic: true, size: 10, field: "PAGE"),
            Run("/", italic: true, size: 10), Run("", italic: true, size: 10, field: "NUMPAGES"),
          ], alignment: .center, after: 0))
      + "</w:ftr>"
  }

  /// Times New Roman 14 pt, single spacing, as administrative documents are set.
  static let stylesXML =
    declaration + "<w:styles xmlns:w=\"\(w)\">"
    + "<w:docDefaults><w:rPrDefault><w:rPr>"
    + "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/>"
    + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
    + "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
    + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
    + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
    + "</w:styles>"

  /// One decimal list, "1.", "2.", … hanging from the margin.
  static let numberingXML =
    declaration + "<w:numbering xmlns:w=\"\(w)\">"
    + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
    + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"
    + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"567\" w:hanging=\"567\"/></w:pPr>"
    + "<w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>"
    + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"

  /// The document's bytes (a .docx package).
  public func bytes() throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    func add(_ path: String, _ text: String) throws {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
    }
    let document = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    try add(
      "[Content_Types].xml",
      Self.declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"\(document).document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(document).styles+xml\"/>"
        + "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(document).numbering+xml\"/>"
        + "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(document).footer+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "</Types>")
    try add(
      "_rels/.rels",
      Self.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(Self.r)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>")
    try add(
      "docProps/core.xml",
      Self.declaration
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<dc:title>\(XLSXWriter.xmlText(title))</dc:title><dc:creator>sangkien</dc:creator>"
        + "<dc:language>vi-VN</dc:language></cp:coreProperties>")
    try add(
      "word/_rels/document.xml.rels",
      Self.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(Self.r)/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(Self.r)/numbering\" Target=\"numbering.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(Self.r)/footer\" Target=\"footer1.xml\"/>"
        + "</Relationships>")
    try add("word/document.xml", documentXML)
    try add("word/styles.xml", Self.stylesXML)
    try add("word/numbering.xml", Self.numberingXML)
    try add("word/footer1.xml", footerXML)
    guard let data = archive.data else { throw InterchangeError.cannotWrite(path: "docx") }
    return [UInt8](data)
  }
}

/// Whole numbers in Vietnamese words, as an amount is written out on a decision
/// ("Bằng chữ: Mười lăm triệu đồng").
public enum VietnameseNumberWords {
  static let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

  /// `n` in words (0 ≤ n < 10¹⁵), lower case.
  public static func words(_ n: Int64) -> String {
    guard n > 0 else { return "không" }
    var groups: [Int] = []
    var rest = n
    while rest > 0 {
      groups.append(Int(rest % 1000))
      rest /= 1000
    }
    let scales = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ"]
    var words: [String] = []
    for index in stride(from: groups.count - 1, through: 0, by: -1) where groups[index] > 0 {
      words += group(groups[index], full: index != groups.count - 1)
      if index < scales.count, !scales[index].isEmpty { words.append(scales[index]) }
    }
    return words.joined(separator: " ")
  }

  /// Three digits; `full`: not the leading group, so its empty hundreds and tens are said
  /// ("không trăm linh năm").
  static func group(_ value: Int, full: Bool) -> [String] {
    let (hundreds, tens, units) = (value / 100, value / 10 % 10, value % 10)
    var words: [String] = []
    if hundreds > 0 || full { words += [digits[hundreds], "trăm"] }
    switch tens {
    case 0: if units > 0 && (hundreds > 0 || full) { words.append("linh") }
    case 1: words.append("mười")
    default: words += [digits[tens], "mươi"]
    }
    if units > 0 {
      if units == 1 && tens >= 2 {
        words.append("mốt")
      } else if units == 5 && tens >= 1 {
        words.append("lăm")
      } else {
        words.append(digits[units])
      }
    }
    return words
  }

  /// `n` with dots between thousands (`15.000.000`).
  public static func grouped(_ n: Int64) -> String {
    let digits = Array(String(n))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(".") }
      text.append(digit)
    }
    return text
  }

  /// The amount in words with its first letter capitalised and the currency after it.
  public static func sentence(_ n: Int64, currency: String) -> String {
    let text = words(n) + " " + currency
    return text.prefix(1).uppercased() + text.dropFirst()
  }
}
