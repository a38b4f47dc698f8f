#ifndef PHONE_LOGIN_CNCURSESW_SHIM_H
#define PHONE_LOGIN_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags, so the wide-character switches are set here, before any header. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <poll.h>
#include <curses.h>
#include <term.h>

/* Swift 6 rejects curses' mutable globals and does not import function-like macros: small accessors instead. */
static inline WINDOW *pl_stdscr(void) { return stdscr; }
static inline int pl_lines(void) { return LINES; }
static inline int pl_cols(void) { return COLS; }
static inline int pl_colors(void) { return COLORS; }
static inline attr_t pl_a_normal(void) { return A_NORMAL; }
static inline attr_t pl_a_bold(void) { return A_BOLD; }
static inline attr_t pl_a_reverse(void) { return A_REVERSE; }
static inline attr_t pl_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pl_a_dim(void) { return A_DIM; }
static inline attr_t pl_color_pair(short pair) { return COLOR_PAIR(pair); }
static inline chtype pl_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype pl_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype pl_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype pl_acs_lrcorner(void) { return ACS_LRCORNER; }
static inline chtype pl_acs_hline(void) { return ACS_HLINE; }
static inline chtype pl_acs_vline(void) { return ACS_VLINE; }
/* Writes one wide character with attributes at the cursor. */
static inline int pl_add_wch(WINDOW *win, wchar_t ch, attr_t attrs, short pair) {
    cchar_t cell;
    wchar_t text[2] = { ch, 0 };
    setcchar(&cell, text, attrs, pair, NULL);
    return wadd_wch(win, &cell);
}
/* The terminal's size from the tty (ioctl is variadic, so not callable from Swift). */
#include <sys/ioctl.h>
static inline int pl_window_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}
/* The codeset of the current locale ("UTF-8" in a UTF-8 terminal). */
static inline const char *pl_codeset(void) { return nl_langinfo(CODESET); }
#endif
