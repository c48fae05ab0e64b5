import Foundation
import SangKienModel

#if canImport(Glibc)
  import Glibc
#endif

/// One measurement of a whole command, as a user meets it.
struct Measurement {
  var name: String
  var seconds: Double
  var rows: Int?
  var peakKB: Int
  var exitCode: Int32

  var rowsPerSecond: Double? { rows.map { Double($0) / max(seconds, 1e-9) } }
}

/// Runs programs and measures their wall time and peak memory (getrusage of the child).
enum Runner {
  /// Peak memory comes from GNU time (`/usr/bin/time -f %M`) wrapped around the command: a
  /// child spawned straight from this process reports this process's own resident size as
  /// its peak (Linux carries the high-water mark across exec), and this process holds the
  /// generated data.
  static func run(
    _ executable: String, _ arguments: [String], in folder: String,
    environment: [String: String] = [:], name: String, rows: Int? = nil
  ) -> Measurement {
    let report = folder + "/.time-\(getpid())"
    var measured = runDirect(
      "/usr/bin/time", ["-f", "%M", "-o", report, executable] + arguments, in: folder,
      environment: environment, name: name, rows: rows)
    if let text = try? String(contentsOfFile: report, encoding: .utf8),
      let kb = Int(text.split(separator: "\n").last.map(String.init) ?? "")
    {
      measured.peakKB = kb
    }
    try? FileManager.default.removeItem(atPath: report)
    return measured
  }

  static func runDirect(
    _ executable: String, _ arguments: [String], in folder: String,
    environment: [String: String] = [:], name: String, rows: Int? = nil
  ) -> Measurement {
    var pid: pid_t = 0
    var fileActions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fileActions)
    posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    let previous = FileManager.default.currentDirectoryPath
    _ = FileManager.default.changeCurrentDirectoryPath(folder)
    let start = DispatchTime.now()
    let spawned = posix_spawn(&pid, executable, &fileActions, nil, argv, envp)
    _ = FileManager.default.changeCurrentDirectoryPath(previous)
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
      posix_spawn_file_actions_destroy(&fileActions)
    }
    guard spawned == 0 else {
      return Measurement(name: name, seconds: 0, rows: rows, peakKB: 0, exitCode: -1)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return Measurement(
      name: name, seconds: seconds, rows: rows, peakKB: Int(usage.ru_maxrss), exitCode: code)
  }
}

/// Seeded synthetic data with realistic Vietnamese text.
enum Synthetic {
  static let families = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
  ]
  static let middles = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Hữu", "Thanh", "Ngọc", "Đức"]
  static let givens = [
    "An", "Bình", "Châu", "Dũng", "Đào", "Giang", "Hà", "Hải", "Hương", "Khánh", "Lan", "Long",
    "Mai", "Nam", "Phúc", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến",
  ]
  static let fields = [
    "Đất đai", "Cấp phép xây dựng", "Đăng ký kinh doanh", "Hộ tịch", "Chứng thực",
    "Bảo hiểm xã hội", "Cư trú", "Giao thông vận tải", "Thuế", "Giáo dục", "Y tế", "Tài chính",
    "Lao động", "Tư pháp", "Văn hoá", "Nông nghiệp", "Môi trường", "Công thương", "Nội vụ",
    "Thông tin",
  ]
  static let verbs = [
    "Rút ngắn thời gian", "Số hoá hồ sơ", "Liên thông", "Tiếp nhận trực tuyến",
    "Trả kết quả tại nhà", "Chuẩn hoá quy trình", "Giảm giấy tờ",
  ]
  static let districts = [
    "Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng",
    "Hoàng Mai", "Thanh Xuân", "Hà Đông", "Sóc Sơn", "Đông Anh", "Gia Lâm",
  ]

  /// An entries CSV of `count` rows.
  static func entries(count: Int, seed: UInt64) -> String {
    var random = SeededGenerator(seed: seed)
    var text =
      "code,title,category,entrant_kind,authors,unit,field,received_by,received_on,summary,contact\r\n"
    text.reserveCapacity(count * 480)
    let categories = ["idea", "solution", "model", "sáng kiến", "giải pháp", "mô hình"]
    let kinds = [
      "individual", "collective", "organisation", "business", "agency", "cá nhân", "tập thể",
    ]
    for index in 0..<count {
      let field = fields[random.below(fields.count)]
      let unit = "UBND quận \(districts[random.below(districts.count)])"
      let authors = (0...random.below(3)).map { _ in
        "\(families[random.below(families.count)]) \(middles[random.below(middles.count)]) \(givens[random.below(givens.count)])"
      }.joined(separator: "; ")
      let title =
        "\(verbs[random.below(verbs.count)]) thủ tục \(field.lowercased()) tại \(unit), đợt \(index)"
      let summary =
        "\"Giải pháp giúp người dân, doanh nghiệp giảm thời gian, chi phí khi thực hiện thủ tục \(field.lowercased()); áp dụng tại bộ phận một cửa.\""
      text +=
        ",\"\(title)\",\(categories[random.below(6)]),\(kinds[random.below(7)]),\(authors),\(unit),\(field),Tổ thư ký,\(1 + random.below(28))/\(1 + random.below(10))/2019,\(summary),09\(10_000_000 + random.below(89_999_999))\r\n"
    }
    return text
  }

  /// A judges CSV of `count` judges, two fields each.
  static func judges(count: Int, seed: UInt64) -> String {
    var random = SeededGenerator(seed: seed)
    var text = "id,name,unit,fields,role\n"
    for index in 0..<count {
      let name =
        "\(families[random.below(families.count)]) \(middles[random.below(middles.count)]) \(givens[random.below(givens.count)]) \(index)"
      text +=
        "gk\(index),\(name),Cơ quan \(index),\(fields[random.below(fields.count)]);\(fields[random.below(fields.count)]),member\n"
    }
    return text
  }

  /// A scores CSV for the pairs of an assignments CSV (round,judge,entry), seeded points.
  static func scores(assignments: String, seed: UInt64) -> (String, Int) {
    var random = SeededGenerator(seed: seed)
    var text =
      "round,judge,entry,novelty,feasibility,time,cost,steps,replicability,presentation,comment\n"
    var rows = 0
    for line in assignments.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst() {
      let maxima = [25, 20, 10, 10, 10, 15, 10]
      let points = maxima.map { maximum -> String in
        let halves = random.below(maximum * 2 + 1)
        return halves % 2 == 0 ? String(halves / 2) : "\(halves / 2).5"
      }
      text +=
        line.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")) + ","
        + points.joined(separator: ",") + ",\n"
      rows += 1
    }
    return (text, rows)
  }
}

/// Where a benchmark runs: the release `sangkien` beside it, the seed contest, a folder.
struct BenchPlace {
  let binary: String
  let contest: String
  let folder: String
  let keep: Bool

  /// Finds the binary and the seeds (or says what is missing and exits) and makes the
  /// folder: `keep` if given (left afterwards), else a temporary one named by `prefix`.
  init(keep: String?, prefix: String, needsBinary: Bool = true) {
    let manager = FileManager.default
    binary =
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("sangkien").path
    contest = manager.currentDirectoryPath + "/Seeds/hanoi-2019/contest.yaml"
    guard !needsBinary || manager.isExecutableFile(atPath: binary),
      manager.fileExists(atPath: contest)
    else {
      print("needs \(binary) (swift build -c release) and ./Seeds (run from the package root)")
      exit(1)
    }
    folder =
      keep.map { URL(fileURLWithPath: $0).path }
      ?? manager.temporaryDirectory.appendingPathComponent("\(prefix)-\(getpid())").path
    self.keep = keep != nil
    try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  /// Writes `text` to `name` in the folder; returns its path.
  func write(_ name: String, _ text: String) -> String {
    let path = folder + "/" + name
    try? text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Runs `sangkien` in the folder, measured; warns when it fails.
  func sangkien(
    _ arguments: [String], environment: [String: String], name: String, rows: Int? = nil
  ) -> Measurement {
    let m = Runner.run(
      binary, arguments, in: folder, environment: environment, name: name, rows: rows)
    if m.exitCode != 0 { print("warning: \(name) exited \(m.exitCode)") }
    return m
  }

  /// Removes the folder unless it was asked to be kept.
  func clean() {
    if !keep { try? FileManager.default.removeItem(atPath: folder) }
  }
}
