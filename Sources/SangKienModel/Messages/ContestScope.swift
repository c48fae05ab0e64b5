/// Which contest the running task works for when one process serves a folder of them
/// (`sangkien serve --contests DIR`): the contest's id, nil in a process with one contest.
/// Whatever a process keeps in memory by contest (`RoundNames`) is kept under it, so that
/// nothing of one edition is shown in another's answers.
public enum ContestScope {
  /// The contest of the running task.
  @TaskLocal public static var id: String?
}
