#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock and process CPU time, read from `clock_gettime` (nanosecond resolution).
enum Stopwatch {
    /// Monotonic wall-clock time in seconds.
    static func wall() -> Double { read(CLOCK_MONOTONIC) }

    /// CPU time (user + system) consumed by the whole process so far, in seconds: the same measure as the
    /// `user` + `sys` figures of the sqlite3 shell's `.timer`, which come from getrusage.
    static func cpu() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }

    /// CPU time consumed by the calling thread so far, in seconds.
    static func threadCPU() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }

    private static func read(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
