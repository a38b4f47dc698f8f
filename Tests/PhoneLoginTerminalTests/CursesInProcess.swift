import Testing

/// Every test of the curses programs in process, one at a time: curses keeps one screen per process (`set_term`),
/// and each run installs the program's signal handlers for the whole process. The suites are nested in this one so
/// that `.serialized` holds across them too.
@Suite("The curses programs in process, on a pty", .serialized)
enum CursesInProcess {}
