import Foundation
import FuzzSupport
import SangKienInterchange
import SangKienModel

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The one escaping function every XML writer (workbooks, documents, charts) writes text
/// through: any text in, well-formed XML out — FoundationXML's parser reads it back, in
/// content and in an attribute, to the text less what XML 1.0 forbids (and noncharacters).
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
  let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter(Escaping.xmlAllows)))
    .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  Fuzz.require(
    reader.content.unicodeScalars.elementsEqual(kept.unicodeScalars),
    "content read back as \(reader.content.debugDescription), not \(kept.debugDescription)")
  Fuzz.require(reader.attribute != nil, "the attribute was not read back")
  return 0
}
