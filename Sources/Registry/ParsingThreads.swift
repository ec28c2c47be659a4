import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The threads that parse files for ingest while the writer stores the files parsed before: one per core, each
/// at a lower scheduling priority (nice `niceness`) than the writer. The single SQLite writer is the critical
/// path of ingest: with equal priorities, three runnable threads on two cores left it a third of its time
/// waiting for a core (measured: 0.8-1.0 s of index-building wall time for 0.5 s of CPU). Lowered, the parsing
/// threads take every cycle the writer leaves and no more.
///
/// Jobs run in the order they are submitted. The threads end when the pool is shut down, which the owner must
/// do (each thread holds the pool until it ends).
final class ParsingThreads: @unchecked Sendable {
    // Unchecked Sendable: `jobs` and `closed` are only touched under `condition`.
    private let condition = NSCondition()
    private var jobs: [(@Sendable () -> Void)?] = []
    private var head = 0
    private var closed = false
    /// Left by each thread as it ends.
    private let finished = DispatchGroup()

    /// How much lower than the writer the parsing threads run (0...19; the writer runs at the process's nice).
    static let niceness: Int32 = 10

    /// Starts `count` threads.
    init(count: Int) {
        for index in 0..<max(1, count) {
            finished.enter()
            let thread = Thread { [self] in
                ParsingThreads.lowerPriority()
                run()
                finished.leave()
            }
            thread.name = "qonun-parse-\(index)"
            // libxml2 recurses over the document's depth (bounded by XMLParseLimits): a main-thread-sized stack.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }


    /// Queues a job.
    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the threads finish the queued jobs, and waits for them to end: nothing a job holds outlives this.
    func shutDown() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        finished.wait()
    }

    private func run() {
        while true {
            condition.lock()
            while head == jobs.count && !closed { condition.wait() }
            if head == jobs.count {
                condition.unlock()
                return
            }
            let job = jobs[head]
            jobs[head] = nil  // what the job holds (a parsed batch) is freed when it ends, not with the queue
            head += 1
            if head > 1024 && head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job?()
        }
    }

    /// Raises this thread's nice value (Linux keeps it per thread; lowering a thread's priority needs no
    /// privilege). Where that fails, the thread runs at the writer's priority, as before.
    private static func lowerPriority() {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let current = getpriority(which, 0)
        guard errno == 0 else { return }
        _ = setpriority(which, 0, min(19, current + niceness))
        #endif
    }
}
