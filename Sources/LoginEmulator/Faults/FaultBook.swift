/// The faults waiting to be injected, per path, oldest first: one is used up per matching request. It counts the faults
/// taken and the requests abandoned by their clients during a delay, for the stats.
actor FaultBook {
    private var pending: [InjectedFault] = []
    /// Faults taken since the start or the last `resetCounts()`.
    private(set) var taken = 0
    /// Requests dropped because their client hung up during a delay, since the start or the last `resetCounts()`.
    private(set) var abandoned = 0

    /// Starts with the command line's faults.
    init(_ faults: [InjectedFault] = []) { pending = faults }

    /// Adds a fault after those already waiting for its path.
    func add(_ fault: InjectedFault) { pending.append(fault) }

    /// The faults still waiting, with what is left of their counts.
    var all: [InjectedFault] { pending }

    /// Forgets every fault.
    func clear() { pending.removeAll() }

    /// Uses up one hit of the oldest fault for `path`, and returns it (with count 1).
    func take(path: String) -> InjectedFault? {
        guard let index = pending.firstIndex(where: { $0.path == path }) else { return nil }
        var fault = pending[index]
        if fault.count > 1 { pending[index].count -= 1 } else { pending.remove(at: index) }
        fault.count = 1
        taken += 1
        return fault
    }

    /// Counts a request whose client hung up while a fault held it.
    func noteAbandoned() { abandoned += 1 }

    /// Sets the counts back to zero (`POST /emulator/reset`).
    func resetCounts() {
        taken = 0
        abandoned = 0
    }
}
