#!/usr/bin/env bash
# The release build, as a stand or a benchmark gets it: the Swift runtime and Foundation linked in statically, by
# lld with packed relative relocations (DT_RELR; glibc >= 2.36, Debian 12 or newer) and no exported symbol table,
# so the binary needs only ncurses and the C/C++ libraries, and a start loads one file and relocates almost nothing.
# Usage: scripts/build-release.sh [PRODUCT...]   (default: phone-login). Prints the directory of the binaries.
# `phone-login-floor` (the benchmark's floor, scripts/floor/main.swift) is no package product: it is compiled here
# with swiftc directly, linked the same way, into the same directory.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
link=(-Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic)
# .build-static may be a link into scripts/test's build cache: SwiftPM is given the folder's real path, so what it
# records (the checkouts, clang's module cache) is the same whichever clone builds there.
mkdir -p .build-static
release=(-c release --scratch-path "$(cd .build-static && pwd -P)" --static-swift-stdlib -Xswiftc -use-ld=lld "${link[@]}")
bin="$(swift build "${release[@]}" --show-bin-path)"
for product in "${@:-phone-login}"; do
  if [ "$product" = phone-login-floor ]; then
    echo "==> release build of $product (swiftc, static, in ${bin#$root/}/)" >&2
    mkdir -p "$bin"
    read -ra curses <<<"$(pkg-config --libs ncursesw)"
    # What swift build passes for a release executable: -O, -g, --gc-sections.
    swiftc -O -g -static-stdlib -use-ld=lld -Xlinker --gc-sections "${link[@]}" -I Sources/CNCursesW "${curses[@]}" \
      scripts/floor/main.swift -o "$bin/phone-login-floor" >&2
  else
    echo "==> release build of $product (static, in .build-static/)" >&2
    swift build "${release[@]}" --product "$product" >&2
  fi
done
echo "$bin"
