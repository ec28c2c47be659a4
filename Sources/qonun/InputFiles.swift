import ArgumentParser
import Foundation

/// Expands the files and folders named on the command line into a sorted list of files.
enum InputFiles {
    /// Files are kept as given; folders are searched recursively for files with one of `extensions`.
    /// A path that does not exist is kept, so the command reports it as unreadable in its place.
    static func expand(_ arguments: [String], extensions: Set<String>) throws -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                result.append(argument)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: argument) else { continue }
            var found: [String] = []
            for case let relative as String in enumerator {
                let ext = (relative as NSString).pathExtension.lowercased()
                guard extensions.contains(ext) else { continue }
                let path = (argument as NSString).appendingPathComponent(relative)
                var nestedIsDirectory: ObjCBool = false
                if manager.fileExists(atPath: path, isDirectory: &nestedIsDirectory), !nestedIsDirectory.boolValue {
                    found.append(path)
                }
            }
            result.append(contentsOf: found.sorted())
        }
        return result
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
