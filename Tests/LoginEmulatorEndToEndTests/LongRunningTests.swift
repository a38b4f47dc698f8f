import Testing

/// The suites that load the machine for seconds (the soak, schemathesis): one at a time, so together they never
/// starve the rest of the test run on 2 cores.
@Suite("Long-running: one at a time", .serialized)
struct LongRunningTests {}
