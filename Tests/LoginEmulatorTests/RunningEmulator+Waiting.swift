import LoginEmulator

extension RunningEmulator {
    /// Asks for the emulator's figures every 20 ms until `condition` holds or `timeout` passes; whether it came to hold.
    /// For "the server has taken the fault" or "the poll is held": a loaded machine can take longer than any fixed sleep.
    func statsReach(within timeout: Duration = .seconds(30), _ condition: (EmulatorStats) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !Task.isCancelled {
            if condition(await stats()) { return true }
            if ContinuousClock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}
