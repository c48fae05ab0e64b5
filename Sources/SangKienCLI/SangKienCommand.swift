import ArgumentParser

/// The root command: `sangkien`, which runs an innovation contest from the first entry to
/// the published prize list.
public struct SangKienCommand: ParsableCommand {
  /// The command's name, version and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "sangkien",
    abstract: CLIHelp.t(.runInnovationContest),
    discussion: CLIHelp.rootDiscussion,
    version: SangKienVersion.current,
    subcommands: [
      Init.self, Demo.self, ContestCommand.self, RubricCommand.self, EntryCommand.self,
      StaffCommand.self, JudgeCommand.self, ConflictCommand.self, AssignCommand.self,
      ScoreCommand.self,
      RoundCommand.self,
      RankCommand.self, PrizesCommand.self, StatsCommand.self, PublishCommand.self,
      AuditCommand.self,
      BackupCommand.self,
      RestoreCommand.self, AccessCommand.self, MailCommand.self, ComplaintCommand.self,
      ServeCommand.self,
    ]
  )

  /// Creates the command.
  public init() {}
}

/// The version of sangkien.
public enum SangKienVersion {
  /// The version printed by `sangkien --version`.
  public static let current = "0.1.0"
}
