import ArgumentParser
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien staff`: the secretariat and the organisers.
  struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "staff", abstract: "Who is on the secretariat and among the organisers.",
      discussion: """
        --as (or $SANGKIEN_ACTOR) must name a member of staff or a judge (by id or name). \
        The secretariat registers entries, judges, conflicts and assignments and collects \
        sheets; the organisers open and close rounds and advance the shortlist; a judge \
        enters only their own scores and reads only their own worklist.
        """,
      subcommands: [Add.self, List.self])
  }
}

extension SangKienCommand.StaffCommand {
  /// `sangkien staff add NAME --role secretariat|organiser`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add a member of staff.")
    @Argument(help: "The person's name.") var name: String
    @Option(help: "secretariat or organiser.") var role: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        guard let parsed = Role(parsing: role), parsed != .judge else {
          throw ValidationError(
            Language.text(
              vi: "--role: secretariat hoặc organiser", en: "--role: secretariat or organiser"))
        }
        let cleaned = VietnameseText.clean(name)
        guard !cleaned.isEmpty else { throw ValidationError("NAME") }
        try database.open(.secretariat, command: "staff add").addStaff(
          name: cleaned, role: parsed, context: try database.context())
        Console.current.line(
          Language.text(
            vi: "Đã thêm \(cleaned) vào \(parsed.vietnamese).",
            en: "Added \(cleaned) as \(parsed.rawValue)."))
      }
    }
  }

  /// `sangkien staff list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the staff.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let staff = try database.open(.staff, command: "staff list").staff()
        let vi = Language.current == .vi
        for member in staff {
          Console.current.line(
            "\(member.name)  \(vi ? member.role.vietnamese : member.role.rawValue)")
        }
      }
    }
  }
}
