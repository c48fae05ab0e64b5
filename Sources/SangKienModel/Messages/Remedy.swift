/// What a person can do about a refusal, said in the words of the front end in use.
///
/// The libraries' messages name fields and values, never a command's flags or a page's
/// buttons: where a message tells what to do, it asks `Remedy` for the words. The command
/// line installs its own (`use --replace to replace it`); the default is the neutral
/// wording a web page can show as it is.
public enum Remedy: Sendable, Hashable {
  /// Replacing a sheet that is already stored.
  case replace
  /// Accepting entries that look like duplicates of others.
  case allowDuplicates
  /// Naming the round a command is about.
  case chooseRound
  /// Acting as a person on the staff or the jury.
  case identify
  /// Accepting an entry received after the deadline, with a reason.
  case acceptLate
  /// Allowing judges more entries each.
  case raiseMaxLoad
  /// Converting a file from a legacy encoding (`tcvn3`, `vni`, `cp1258`; nil: any of them).
  case convertEncoding(String?)
  /// Creating the contest's database.
  case initialise
  /// Replacing an existing database (the old one kept).
  case replaceDatabase
  /// Checking the database against the audit log.
  case verifyLog

  /// How the front end in force says it.
  public var text: String { Remedy.vocabulary.words(self) }

  /// The words of the front end in force for the current task.
  ///
  /// A struct around the function, not the bare function type: a task-local of function
  /// type crashes in `swift_task_localValuePush` in release builds (Swift 6.3).
  @TaskLocal public static var vocabulary = Vocabulary(Remedy.neutral)

  /// A front end's words for remedies.
  public struct Vocabulary: Sendable {
    /// `remedy` in the front end's words, in the current language.
    public var words: @Sendable (Remedy) -> String

    /// Words given by `words`.
    public init(_ words: @escaping @Sendable (Remedy) -> String) { self.words = words }
  }

  /// The neutral words, in the current language: what to do, not which key to press.
  public static func neutral(_ remedy: Remedy) -> String {
    switch remedy {
    case .replace:
      Language.text(vi: "nếu muốn thay, hãy chọn thay phiếu", en: "to replace it, choose replace")
    case .allowDuplicates:
      Language.text(
        vi: "hoặc chọn nhận cả sáng kiến có thể trùng nếu đó là các sáng kiến khác nhau",
        en: "or choose to accept likely duplicates if they are distinct entries")
    case .chooseRound: Language.text(vi: "hãy chọn vòng", en: "choose the round")
    case .identify:
      Language.text(
        vi: "hãy làm việc bằng tên của người có trong danh sách (Tổ thư ký thêm người mới)",
        en: "act as someone on the lists (the secretariat adds people)")
    case .acceptLate:
      Language.text(
        vi: "nếu vẫn nhận, hãy chọn nhận muộn và ghi lý do",
        en: "to accept it, choose to accept it late and give the reason")
    case .raiseMaxLoad:
      Language.text(
        vi: "hãy nâng số sáng kiến tối đa mỗi giám khảo",
        en: "raise the most entries a judge may get")
    case .convertEncoding(let encoding):
      Language.text(
        vi: "hãy nhập lại và chọn bảng mã \(encoding ?? "TCVN3, VNI hoặc Windows-1258")",
        en: "import it again choosing the \(encoding ?? "TCVN3, VNI or Windows-1258") encoding")
    case .initialise:
      Language.text(vi: "hãy tạo cuộc thi trước", en: "create the contest first")
    case .replaceDatabase:
      Language.text(
        vi: "nếu muốn thay, hãy chọn thay (bản cũ được giữ lại bên cạnh)",
        en: "to replace it, choose replace (the old one is kept beside it)")
    case .verifyLog:
      Language.text(
        vi: "hãy kiểm tra nhật ký để xem chỗ khác", en: "check the audit log to see what differs")
    }
  }
}
