public import Foundation
public import Consultation
import LibXML
public import Registry

/// Renders the registry to a static site: XML views of the registry (and the Akoma Ntoso of each expression)
/// transformed by the stylesheets, rendered in parallel, written atomically, and only when something changed.
public struct Publisher: Sendable {
    /// Where to publish and from what.
    public struct Options: Sendable {
        /// The output folder.
        public var output: URL
        /// The folder of XSLT stylesheets (act.xsl, work.xsl, ...).
        public var stylesheets: URL
        /// The folder of static assets copied into the site.
        public var assets: URL
        /// The site's public address, for feeds and the sitemap (ends with `/`).
        public var baseURL: String
        /// A Python with the `pagefind` package, for the static search index; nil to skip it.
        public var pagefindPython: String?
        /// The script that feeds Pagefind (scripts/pagefind_index.py).
        public var pagefindScript: URL?

        /// Creates options.
        public init(output: URL, stylesheets: URL, assets: URL, baseURL: String, pagefindPython: String? = nil, pagefindScript: URL? = nil) {
            self.output = output
            self.stylesheets = stylesheets
            self.assets = assets
            self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            self.pagefindPython = pagefindPython
            self.pagefindScript = pagefindScript
        }
    }

    /// The registry published.
    public let registry: Registry
    /// Where and how.
    public let options: Options
    /// The consultations to publish (lists, and reports once closed); nil publishes the registry alone.
    public let consultations: ConsultationStore?

    /// Creates a publisher.
    public init(registry: Registry, options: Options, consultations: ConsultationStore? = nil) {
        self.registry = registry
        self.options = options
        self.consultations = consultations
    }

    /// Publishes; `progress` is called with (done, total) as pages are rendered.
    public func publish(progress: (@Sendable (Int, Int) -> Void)? = nil) throws(PublishError) -> PublishReport {
        let started = Date()
        let output = options.output.standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: output.path, reason: error.localizedDescription)
        }
        Publisher.removeLeftovers(in: output)
        let stylesheets = try Stylesheets(folder: options.stylesheets.path, readableRoots: [output.path])
        let snapshot: SiteSnapshot
        do { snapshot = try SiteSnapshot.read(from: registry, consultations: consultations) } catch { throw .registry("\(error)") }
        let previous = PublishManifest.load(from: output)
        let writer = PageWriter(root: output)
        let plan = SitePlan(snapshot: snapshot, registry: registry, stylesheets: stylesheets, output: output,
                            assets: options.assets, baseURL: options.baseURL)

        var report = PublishReport()
        var manifest = PublishManifest()
        // Views other pages read (work.xml) go first; then everything else, in parallel.
        for batch in [plan.views(), plan.pages()] {
            let outcomes = Publisher.run(batch, previous: previous, writer: writer, progress: progress)
            for (job, outcome) in zip(batch, outcomes) {
                switch outcome {
                case .success(.written): report.written.append(job.path)
                case .success(.unchanged): report.unchanged += 1
                case .failure(let error): throw error
                }
                manifest.pages[job.path] = job.inputHash
            }
        }
        for path in previous.pages.keys.sorted() where manifest.pages[path] == nil {
            writer.remove(path)
            report.removed.append(path)
        }
        let indexer = SearchIndexer(python: options.pagefindPython, script: options.pagefindScript)
        if !report.written.isEmpty || !report.removed.isEmpty || (indexer.isAvailable && !writer.exists("pagefind/pagefind.js")) {
            report.searchIndex = indexer.index(site: output, records: { plan.searchRecords() })
        } else {
            report.searchIndex = "static search index unchanged"
        }
        do { try manifest.save(to: output) } catch { throw .cannotWrite(path: PublishManifest.fileName, reason: "\(error)") }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Temporary files of an interrupted publish (`.name.UUID.tmp`) are deleted before anything else: they were
    /// never renamed into place, so no page refers to them.
    static func removeLeftovers(in output: URL) {
        guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return }
        for case let relative as String in enumerator {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix("."), name.hasSuffix(".tmp") {
                try? FileManager.default.removeItem(at: output.appendingPathComponent(relative))
            }
        }
    }

    /// Renders and writes jobs on all cores; a job whose inputs did not change since the last publish is skipped.
    static func run(_ jobs: [PageJob], previous: PublishManifest, writer: PageWriter,
                    progress: (@Sendable (Int, Int) -> Void)?) -> [Result<PageWriter.Outcome, PublishError>] {
        let results = ResultBox<Result<PageWriter.Outcome, PublishError>>(count: jobs.count)
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            let result: Result<PageWriter.Outcome, PublishError>
            if previous.pages[job.path] == job.inputHash, writer.exists(job.path) {
                result = .success(.unchanged)
            } else {
                do {
                    let bytes = try job.make()
                    result = .success(try writer.write(bytes, to: job.path))
                } catch let error as PublishError {
                    result = .failure(error)
                } catch {
                    result = .failure(.render(page: job.path, reason: "\(error)"))
                }
            }
            results.set(index, result)
            progress?(counter.increment(), jobs.count)
        }
        return results.values
    }
}

/// One file of the site: where it goes, the hash of what it is made from, and how to make it.
struct PageJob: Sendable {
    var path: String
    var inputHash: String
    var make: @Sendable () throws -> Data
}

/// Slots written once each by concurrent iterations.
final class ResultBox<T>: @unchecked Sendable {
    // Unchecked Sendable: every access holds the lock.
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: T) { lock.lock(); slots[index] = value; lock.unlock() }
    var values: [T] { lock.lock(); defer { lock.unlock() }; return slots.compactMap { $0 } }
}

/// A thread-safe counter for progress.
final class Counter: @unchecked Sendable {
    // Unchecked Sendable: every access holds the lock.
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
