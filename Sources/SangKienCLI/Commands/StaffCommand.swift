import ArgumentParser
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien staff`: the secretariat and the organisers.
  struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "staff",
      abstract: CLIHelp.t(.whoSecretariatAmong),
      discussion: Language.text(
        vi: """
          --as (hoặc $SANGKIEN_ACTOR) phải là một cán bộ hoặc một giám khảo (theo mã hoặc tên). \
          Tổ thư ký đăng ký sáng kiến, giám khảo, xung đột lợi ích và phân công, thu phiếu chấm; \
          ban tổ chức mở, đóng vòng và chọn danh sách vào vòng sau; giám khảo chỉ nhập điểm của \
          mình và chỉ xem danh sách việc của mình.
          """,
        en: """
          --as (or $SANGKIEN_ACTOR) must name a member of staff or a judge (by id or name). \
          The secretariat registers entries, judges, conflicts and assignments and collects \
          sheets; the organisers open and close rounds and advance the shortlist; a judge \
          enters only their own scores and reads only their own worklist.
          """),
      subcommands: [Add.self, List.self])
  }
}

extension SangKienCommand.StaffCommand {
  /// `sangkien staff add NAME --role secretariat|organiser`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: CLIHelp.t(.addMemberStaff))
    @Argument(help: ArgumentHelp(CLIHelp.t(.personsName2))) var name: String
    @Option(help: ArgumentHelp(CLIHelp.t(.secretariatOrganiser2))) var role: String
    @Option(help: ArgumentHelp(CLIHelp.t(.staffEmail))) var email: String = ""
    @Option(help: ArgumentHelp(CLIHelp.t(.staffPhone))) var phone: String = ""
    @OptionGroup var common: CommonOptions

    func validate() throws {
      guard Role(parsing: role) != nil else { throw ValidationError(CLIText.staffRole) }
    }

    func run() throws {
      try common.run(Invocation(command: "staff add", style: .usage)) { cli in
        let role = Role(parsing: role) ?? .judge
        let added = try cli.workflow.addStaff(
          name: name, role: role, email: email, phone: phone, by: cli.person)
        Console.current.line(CLIText.addedStaff(added, role: role))
      }
    }
  }

  /// `sangkien staff list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: CLIHelp.t(.listStaff2))
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "staff list")) { cli in
        for member in try cli.workflow.staff(by: cli.person) {
          Console.current.line("\(member.name)  \(member.role.localized)")
        }
      }
    }
  }
}
