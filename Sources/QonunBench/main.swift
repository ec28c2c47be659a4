import Foundation

/// qonun-bench: the registry benchmark driver (see scripts/bench/10-registry.sh and BENCHMARKS.md).
let usage = """
    usage: qonun-bench COMMAND ...
      generate-corpus OUT_DIR [--acts N] [--seed S]      deterministic synthetic AKN corpus (uzb + rus, versions)
      ingest DB DIR                                      time Ingester over every .xml file of DIR
      search DB QUERIES_FILE [--runs R] [--details F]    time Registry.search over a query set
      sqlite-queries DB QUERIES_FILE OUT_SQL [--runs R] [--table bench_fts|provision_fts]
                                                         build the bench_fts mirror, write the sqlite3 script
      sqlite-run DB SCRIPT [--sqlite3 PATH]              run that script in the sqlite3 shell, report latencies
      text-import FILE... [--runs R]                     time the official-text importer
      parse DIR [--runs R]                               time reading every .xml of DIR into the AKN model, all cores
      prepare DB DIR [--runs R]                          time ingest's parsing half (no writes) over every .xml of DIR
    """

/// Runs the subcommand named by the first argument and prints its JSON line.
func runCommand(_ arguments: [String]) throws -> String {
    guard let command = arguments.first else { throw BenchError.usage("no command\n" + usage) }
    let options = try Arguments(Array(arguments.dropFirst()))
    switch command {
    case "generate-corpus":
        let seedText = options.string("seed") ?? String(CorpusGenerator.defaultSeed)
        guard let seed = UInt64(seedText) else { throw BenchError.usage("--seed needs an unsigned integer") }
        let generator = CorpusGenerator(directory: try options.positional(0, "OUT_DIR"),
                                        acts: try options.integer("acts", default: CorpusGenerator.defaultActs), seed: seed)
        let summary = try generator.run()
        var json = JSONLine()
        json.add("acts", summary.acts)
        json.add("files", summary.files)
        json.add("bytes", summary.bytes)
        json.add("provisions", summary.provisions)
        json.add("seed", seedText)
        return json.text
    case "ingest":
        return try IngestBenchmark(database: try options.positional(0, "DB"), directory: try options.positional(1, "DIR")).run()
    case "search":
        return try SearchBenchmark(database: try options.positional(0, "DB"), queries: try QuerySet.load(try options.positional(1, "QUERIES_FILE")),
                                   runs: try options.integer("runs", default: 20), details: options.string("details")).run()
    case "sqlite-queries":
        return try SQLiteQueriesCommand(database: try options.positional(0, "DB"), queries: try QuerySet.load(try options.positional(1, "QUERIES_FILE")),
                                        output: try options.positional(2, "OUT_SQL"), runs: try options.integer("runs", default: 20),
                                        table: options.string("table") ?? "bench_fts").run()
    case "sqlite-run":
        return try SQLiteBaseline(database: try options.positional(0, "DB"), script: try options.positional(1, "SCRIPT"),
                                  sqlite3: options.string("sqlite3") ?? "sqlite3").run()
    case "prepare":
        return try PrepareBenchmark(database: try options.positional(0, "DB"), directory: try options.positional(1, "DIR"),
                                    runs: try options.integer("runs", default: 3)).run()
    case "parse":
        return try ParseBenchmark(directory: try options.positional(0, "DIR"), runs: try options.integer("runs", default: 3)).run()
    case "help", "--help", "-h":
        return usage
    default:
        throw BenchError.usage("unknown command \(command)\n" + usage)
    }
}

let commandLine = Array(CommandLine.arguments.dropFirst())
if commandLine.first == "text-import" {
    exit(TextImportBenchmark.main(Array(commandLine.dropFirst())))
}
do {
    print(try runCommand(commandLine))
} catch {
    FileHandle.standardError.write(Data("qonun-bench: \(error)\n".utf8))
    exit(error is BenchError ? 2 : 1)
}
