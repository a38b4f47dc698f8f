import LoginEmulator

extension RunningEmulator {
    /// Asks for the emulator's figures until `condition` holds or `timeout` passes; whether it came to hold.
    /// For "the server has taken the fault" or "the poll is held": a loaded machine can take longer than any fixed sleep.
    package func statsReach(within timeout: Duration = .seconds(30), _ condition: (EmulatorStats) -> Bool) async -> Bool {
        await Polling.until(within: timeout) { condition(await stats()) }
    }
}
