#!/usr/bin/env bash
# The Debian 12 root the packaging tests install the .deb into: `debootstrap --variant=minbase bookworm` plus the
# tests' own tools, systemd (systemd-analyze verify) and man-db (man), and nothing of what the package depends on
# beyond minbase (so `dpkg -i` + `apt-get -f install` still has to fetch libncursesw6: Depends is put to work).
# Made once, then kept in a cache outside the clone, keyed on this script, so a fresh clone on the same machine does
# not debootstrap again (about two minutes); runs at the same time wait for one another (flock). The tests never
# change it: each run installs into a copy (Tests/PackagingEndToEndTests/DebianRoot.swift).
# Usage: scripts/packaging/debian-root.sh       Prints the root's path.
#   PHONE_LOGIN_ROOT_CACHE=DIR   the cache (default ${XDG_CACHE_HOME:-~/.cache}/phone-login-debian-root)
# Needs root, debootstrap, unshare; the network to deb.debian.org the first time.
set -euo pipefail
fail() { echo "debian-root.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot)"
command -v debootstrap >/dev/null || fail "needs debootstrap (apt install debootstrap)"
cache="${PHONE_LOGIN_ROOT_CACHE:-${XDG_CACHE_HOME:-${HOME:?}/.cache}/phone-login-debian-root}"
key="$(sha256sum "$0" | cut -c1-12)"
base="$cache/bookworm-$key"
mkdir -p "$cache"
exec 9> "$cache/.lock"
flock 9
if [ ! -f "$base/.ready" ]; then
  echo "debian-root.sh: making the Debian 12 root in $base (debootstrap minbase, systemd, man-db)" >&2
  rm -rf "$base"
  mkdir -p "$base"
  log="$base/debootstrap.log"
  inside() { unshare --mount --propagation private sh -c 'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' "$base/root" "$@"; }
  {
    debootstrap --variant=minbase bookworm "$base/root" http://deb.debian.org/debian &&
      # Name resolution inside, for apt-get to fetch what the package depends on.
      rm -f "$base/root/etc/resolv.conf" && cp /etc/resolv.conf "$base/root/etc/resolv.conf" &&
      DEBIAN_FRONTEND=noninteractive PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 \
        inside apt-get -y -qq install --no-install-recommends systemd man-db &&
      inside apt-get clean
  } > "$log" 2>&1 || { tail -20 "$log" >&2; fail "could not make the root (log: $log)"; }
  if [ -e "$base/root/usr/lib/x86_64-linux-gnu/libncursesw.so.6" ] || inside dpkg-query -W libncursesw6 >/dev/null 2>&1; then
    fail "the root already holds libncursesw6: the install would not show that Depends fetches it"
  fi
  touch "$base/.ready"
  # Roots of an older recipe are of no use any more.
  find "$cache" -mindepth 1 -maxdepth 1 -name 'bookworm-*' ! -path "$base" -exec rm -rf {} +
fi
echo "$base/root"
