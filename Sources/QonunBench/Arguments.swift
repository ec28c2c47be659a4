/// A command line split into positional arguments and `--name value` options.
struct Arguments {
    /// Arguments that are not options, in order.
    private(set) var positional: [String] = []
    /// Option values by name (without the dashes).
    private var options: [String: String] = [:]

    /// Splits `arguments` (without the program name and subcommand).
    init(_ arguments: [String]) throws(BenchError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") {
                guard index + 1 < arguments.count else { throw .usage("\(argument) needs a value") }
                options[String(argument.dropFirst(2))] = arguments[index + 1]
                index += 2
            } else {
                positional.append(argument)
                index += 1
            }
        }
    }

    /// The positional argument at `index`, or a usage error naming it.
    func positional(_ index: Int, _ name: String) throws(BenchError) -> String {
        guard index < positional.count else { throw .usage("missing \(name)") }
        return positional[index]
    }

    /// An integer option, or `fallback`.
    func integer(_ name: String, default fallback: Int) throws(BenchError) -> Int {
        guard let text = options[name] else { return fallback }
        guard let value = Int(text), value > 0 else { throw .usage("--\(name) needs a positive integer, not \(text)") }
        return value
    }

    /// A text option.
    func string(_ name: String) -> String? { options[name] }
}
