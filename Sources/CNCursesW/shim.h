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

#ifdef __linux__
#include <errno.h>
#include <stdlib.h>
#include <linux/kd.h>
/* Whether fd is a Linux virtual console: KDGETMODE answers only there (a pty says ENOTTY). */
static inline int pl_is_console(int fd) {
    int mode = 0;
    return ioctl(fd, KDGETMODE, &mode) == 0;
}
/* The Unicode code points the console's loaded font has a glyph for (its GIO_UNIMAP table, linux/kd.h), into codes
   (at most capacity of them): the number written, or -1 when the table cannot be read. */
static inline int pl_console_unicode_map(int fd, unsigned int *codes, int capacity) {
    struct unimapdesc desc = { 0, NULL };
    /* Asked with no room, the kernel says how many pairs there are (ENOMEM); then again with room for them all. */
    if (ioctl(fd, GIO_UNIMAP, &desc) == 0) return 0;
    if (errno != ENOMEM || desc.entry_ct == 0) return -1;
    unsigned short count = desc.entry_ct;
    struct unipair *pairs = calloc(count, sizeof(struct unipair));
    if (pairs == NULL) return -1;
    desc.entry_ct = count;
    desc.entries = pairs;
    if (ioctl(fd, GIO_UNIMAP, &desc) != 0) { free(pairs); return -1; }
    int written = 0;
    for (int i = 0; i < desc.entry_ct && written < capacity; i++) codes[written++] = pairs[i].unicode;
    free(pairs);
    return written;
}
#else
static inline int pl_is_console(int fd) { (void)fd; return 0; }
static inline int pl_console_unicode_map(int fd, unsigned int *codes, int capacity) { (void)fd; (void)codes; (void)capacity; return -1; }
#endif
#endif
