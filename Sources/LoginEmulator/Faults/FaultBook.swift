/// The faults waiting to be injected, per path, oldest first: one is used up per matching request.
actor FaultBook {
    private var pending: [InjectedFault] = []

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
        return fault
    }
}
