import Foundation
import Synchronization

/// The emulator process did not come up.
public enum EmulatorProcessError: Error {
    /// It exited or timed out before printing its URL; carries what it printed.
    case didNotStart(String)
}
