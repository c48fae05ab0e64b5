import SangKienModel

/// The command line's words for what to do about a refusal: its flags and commands.
enum CLIRemedy {
  /// `remedy` as the command line says it, in the current language.
  @Sendable static func say(_ remedy: Remedy) -> String {
    switch remedy {
    case .replace: Language.text(vi: "dùng --replace để thay", en: "use --replace to replace it")
    case .allowDuplicates:
      Language.text(
        vi: "hoặc dùng --allow-duplicates nếu đó là các sáng kiến khác nhau",
        en: "or use --allow-duplicates if they are distinct entries")
    case .chooseRound: Language.text(vi: "dùng --round", en: "use --round")
    case .identify:
      Language.text(
        vi: "dùng --as TÊN (Tổ thư ký thêm người bằng 'sangkien staff add')",
        en: "use --as NAME (the secretariat adds people with 'sangkien staff add')")
    case .acceptLate:
      Language.text(
        vi: "nếu vẫn nhận, dùng --late-ok --reason \"lý do\"",
        en: "to accept it, use --late-ok --reason \"why\"")
    case .raiseMaxLoad: Language.text(vi: "hãy nâng --max-load", en: "raise --max-load")
    case .convertEncoding(let encoding):
      Language.text(
        vi: "hãy nhập lại với --from-encoding \(encoding ?? "tcvn3|vni|cp1258")",
        en: "import it again with --from-encoding \(encoding ?? "tcvn3|vni|cp1258")")
    case .initialise:
      Language.text(
        vi: "hãy chạy 'sangkien init' trước (hoặc dùng --db)",
        en: "run 'sangkien init' first (or pass --db)")
    case .replaceDatabase:
      Language.text(
        vi: "dùng --force để thay (bản cũ được giữ lại bên cạnh)",
        en: "use --force to replace it (the old one is kept beside it)")
    case .verifyLog:
      Language.text(vi: "chạy 'sangkien audit verify'", en: "run 'sangkien audit verify'")
    }
  }
}
