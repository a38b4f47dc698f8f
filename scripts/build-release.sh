#!/usr/bin/env bash
# The release build, as a stand or a benchmark gets it: the Swift runtime and Foundation linked in statically, by
# lld with packed relative relocations (DT_RELR; glibc >= 2.36, Debian 12 or newer) and no exported symbol table,
# so the binary needs only ncurses and the C/C++ libraries, and a start loads one file and relocates almost nothing.
# Usage: scripts/build-release.sh [PRODUCT...]   (default: phone-login). Prints the directory of the binaries.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
release=(-c release --scratch-path .build-static --static-swift-stdlib -Xswiftc -use-ld=lld
         -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic)
for product in "${@:-phone-login}"; do
  echo "==> release build of $product (static, in .build-static/)" >&2
  swift build "${release[@]}" --product "$product" >&2
done
swift build "${release[@]}" --show-bin-path
