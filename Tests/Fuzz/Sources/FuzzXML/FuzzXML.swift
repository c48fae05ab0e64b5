import Foundation
import FuzzSupport
import SangKienInterchange
import SangKienModel
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every XML writer (workbooks, documents, charts) and the one escaping function they write
/// text through: any text in, well-formed XML out — FoundationXML's parser reads every part
/// back; the escaped text reads back, in content and in an attribute, as the text less what
/// XML 1.0 forbids (and noncharacters).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: Fuzz.bytes(data, size), as: UTF8.self)
  let escaped = Escaping.xml(text)
  let chart = Charts.escape(text)
  Fuzz.require(chart == escaped, "the charts escape text their own way")
  let document =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r a=\"\(escaped)\"><t>\(escaped)</t></r>"
  final class Reader: NSObject, XMLParserDelegate {
    var content = ""
    var attribute: String?
    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      if name == "r" { attribute = attributes["a"] }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { content += string }
  }
  let reader = Reader()
  let parser = XMLParser(data: Data(document.utf8))
  parser.delegate = reader
  Fuzz.require(parser.parse(), "ill-formed XML for \(text.debugDescription): \(document)")
  // What a reader gives back: the allowed characters, line ends normalised as XML does.
  // XML 1.0 §2.11, scalar by scalar: CR LF and a lone CR are each one LF. (Foundation's
  // `replacingOccurrences` compares by Character, and CR LF followed by a combining mark is
  // one Character: the fuzzer found it.)
  var kept = String.UnicodeScalarView()
  var afterCR = false
  for scalar in text.unicodeScalars where Escaping.xmlAllows(scalar) {
    if scalar == "\r" {
      kept.append("\n")
      afterCR = true
      continue
    }
    if !(scalar == "\n" && afterCR) { kept.append(scalar) }
    afterCR = false
  }
  Fuzz.require(
    reader.content.unicodeScalars.elementsEqual(kept),
    "content read back as \(reader.content.debugDescription), not \(String(kept).debugDescription)")
  Fuzz.require(reader.attribute != nil, "the attribute was not read back")
  // The writers themselves: a workbook with the text as a header, a cell and (cut to Excel's
  // 31 characters) a sheet name; a document with it as a paragraph, a table cell, the footer
  // and the title.
  let sheetName = String(text.prefix(31))
  if let book = try? XLSXWriter.bytes([
    XLSXWriter.Sheet(name: sheetName.isEmpty ? "S" : sheetName, header: [text], rows: [[text]])
  ]) {
    requireWellFormed(book, "workbook", text)
  }
  let paragraph = DocxDocument.Paragraph(text)
  let docx = DocxDocument(
    blocks: [
      .paragraph(paragraph),
      .table(DocxDocument.Table(widths: [5], rows: [[[paragraph]]], borders: true)),
    ], footer: text, title: text)
  if let bytes = try? docx.bytes() { requireWellFormed(bytes, "document", text) }
  return 0
}

/// Every XML part of an Office file parses.
func requireWellFormed(_ bytes: [UInt8], _ what: String, _ text: String) {
  guard let archive = try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) else {
    Fuzz.require(false, "the \(what) is not a zip for \(text.debugDescription)")
    return
  }
  for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
    var data = Data()
    _ = try? archive.extract(entry) { data.append($0) }
    Fuzz.require(
      XMLParser(data: data).parse(),
      "the \(what)'s \(entry.path) is ill-formed for \(text.debugDescription)")
  }
}
