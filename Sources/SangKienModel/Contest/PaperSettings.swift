import Foundation

/// What the jury's papers (the summary, the minutes, the draft decision) need beyond the
/// contest itself: the contest file's `papers:` keys, each optional with the default a
/// Hanoi contest would use.
public struct PaperSettings: Hashable, Sendable, Codable {
  /// The body above the issuer (cơ quan chủ quản), upper case on the paper.
  public var parentBody: String?
  /// The issuer (cơ quan ban hành): the contest's organising committee.
  public var issuer: String
  /// The issuer's symbol in a document number (`…/QĐ-BTC`).
  public var symbol: String
  /// The place in "Hà Nội, ngày … tháng … năm …".
  public var place: String
  /// Who signs the minutes for the jury (the chair's title).
  public var chairTitle: String
  /// Who signs the minutes as the jury's secretary.
  public var secretaryTitle: String
  /// Who signs the decision.
  public var signerTitle: String
  /// The money each prize carries, by prize name, in whole units of the currency.
  public var amounts: [String: Int64]
  /// The currency in words (`đồng`).
  public var currency: String
  /// Who pays the prizes (`Kinh phí tổ chức Cuộc thi năm 2019`).
  public var paidBy: String
  /// Who carries the decision out.
  public var carriedOutBy: String

  /// The settings, each given or defaulted.
  public init(
    parentBody: String? = nil, issuer: String = "Ban Tổ chức Cuộc thi", symbol: String = "BTC",
    place: String = "Hà Nội", chairTitle: String = "Trưởng Ban Giám khảo",
    secretaryTitle: String = "Thư ký", signerTitle: String = "Trưởng Ban Tổ chức",
    amounts: [String: Int64] = [:], currency: String = "đồng",
    paidBy: String = "kinh phí tổ chức Cuộc thi",
    carriedOutBy: String =
      "Tổ Thư ký, Ban Giám khảo, các cơ quan, đơn vị có liên quan và các tác giả, nhóm tác giả có tên tại Điều 1"
  ) {
    self.parentBody = parentBody
    self.issuer = issuer
    self.symbol = symbol
    self.place = place
    self.chairTitle = chairTitle
    self.secretaryTitle = secretaryTitle
    self.signerTitle = signerTitle
    self.amounts = amounts
    self.currency = currency
    self.paidBy = paidBy
    self.carriedOutBy = carriedOutBy
  }

  /// The defaults: the organiser as the body above the committee.
  public static func standard(organiser: String) -> PaperSettings {
    PaperSettings(parentBody: organiser)
  }
}
