#!/usr/bin/env bash
# The kiosk on a real Linux console: boots Debian 12 under QEMU (software emulation, no KVM) with the built .deb
# installed, starts the package's own unit `phone-login-kiosk@tty1`, types demo logins through the QEMU monitor's
# `sendkey` and reads every screen back through `screendump`, cell by cell against the bitmaps of the font loaded on
# tty1 (no OCR). Each screen is compared with the same screen of the same binary in tmux at the same size (160×50),
# told the console font's characters (PHONE_LOGIN_CONSOLE_GLYPHS) so that it picks the same stand-ins and languages.
# It fails on a blank screen, on a cell drawn as the font's missing-glyph mark, on a character whose colours, as the
# console shows them, are below 4.5:1, and where the console's text differs from tmux's (allowed: digits, i.e. the
# code, the countdowns and the SMS's time). The scenarios: a login from the first frame to the success screen and
# back to a full form in English and German (default font, Lat15-Fixed16) and in Russian (Uni2-Fixed16); Japanese
# refused with words (in the unit's journal) and Ctrl-L round the languages; the form whole again after
# `printf '\e[3J' > /dev/tty1` and after `chvt 2; chvt 1`.
#
# Usage: scripts/console-test.sh [PATH.deb]     (without one: the .deb of scripts/package.sh, built now)
#   CONSOLE_TEST_RESULTS=DIR  where the screens go (default .build-console/results/ in the clone): NN-name.png (the console),
#                             NN-name.txt (the console read back, then tmux's text and the differences), summary.txt
#   CONSOLE_TEST_CACHE=DIR    the cached Debian root (default /var/cache/phone-login-console)
#   CONSOLE_TEST_ONLY=LIST    scenarios to run, comma-separated (en,de,ru,ja,e3,vt; default all)
#   CONSOLE_TEST_KEEP=1       keep the work folder (the disk image, the kernel) and say where
# Needs root (debootstrap, chroot), qemu-system-x86 debootstrap e2fsprogs tmux, python3-venv; the network to the
# Debian mirror of this machine's apt sources for the first (cold) run. Exit 0 when every check passed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
fail() { echo "console-test.sh: $*" >&2; exit 2; }
note() { printf '==> %s\n' "$*" >&2; }
started=$(date +%s)

[ "$(id -u)" = 0 ] || fail "needs root (debootstrap and chroot)"
for tool in qemu-system-x86_64:qemu-system-x86 debootstrap:debootstrap mkfs.ext4:e2fsprogs tmux:tmux dpkg-deb:dpkg; do
  command -v "${tool%%:*}" >/dev/null || fail "needs ${tool%%:*} (apt install ${tool#*:})"
done

# The Debian mirror this machine's apt uses (deb822 sources first, then sources.list); no host name is kept here.
mirror() {
  local file
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' "$file"
  done | head -1 | grep . && return
  grep -hsE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '$0 !~ /security/ { print ($2 ~ /^\[/ ? $3 : $2); exit }' | grep . \
    || fail "no Debian mirror in /etc/apt/sources.list.d/*.sources or sources.list"
}

packages=linux-image-amd64,systemd-sysv,udev,kbd,console-setup,locales,libncursesw6

# What the cached root holds besides the packages: run once in the fresh root ($1), part of the cache key.
configure_root() {
  local r="$1"
  echo console-test > "$r/etc/hostname"
  printf '/dev/vda / ext4 rw,noatime 0 1\n' > "$r/etc/fstab"
  printf 'en_US.UTF-8 UTF-8\nde_DE.UTF-8 UTF-8\nru_RU.UTF-8 UTF-8\nja_JP.UTF-8 UTF-8\n' > "$r/etc/locale.gen"
  chroot "$r" locale-gen >/dev/null
  printf 'LANG=en_US.UTF-8\n' > "$r/etc/default/locale"
  printf 'XKBMODEL="pc105"\nXKBLAYOUT="us"\nXKBVARIANT=""\nXKBOPTIONS=""\nBACKSPACE="guess"\n' > "$r/etc/default/keyboard"
  # What Debian's installer writes in English (console-setup's debconf answer for en_US.UTF-8): Lat15-Fixed16.
  printf 'ACTIVE_CONSOLES="/dev/tty[1-6]"\nCHARMAP="UTF-8"\nCODESET="Lat15"\nFONTFACE="Fixed"\nFONTSIZE="8x16"\nVIDEOMODE=\n' \
    > "$r/etc/default/console-setup"
  chroot "$r" setupcon --save-only 2>/dev/null || true
  chroot "$r" passwd -d root >/dev/null
  # The test's hand in the guest: a root agent on the second serial port, one base64 command a line in, one line
  # "@@ RC BASE64-OUTPUT" out (the first port is the kernel's and systemd's console, saved as console.log).
  cat > "$r/usr/local/sbin/console-test-agent" <<'AGENT'
#!/bin/bash
stty -F /dev/ttyS1 raw -echo 115200
exec </dev/ttyS1 >/dev/ttyS1 2>&1
echo "@@READY"
while IFS= read -r line; do
  printf '%s' "$line" | base64 -d > /run/agent-command 2>/dev/null || { echo "@@ 255 "; continue; }
  bash /run/agent-command > /run/agent-output 2>&1 < /dev/null
  rc=$?
  printf '@@ %s %s\n' "$rc" "$(base64 -w0 /run/agent-output)"
done
AGENT
  chmod 0755 "$r/usr/local/sbin/console-test-agent"
  cat > "$r/etc/systemd/system/console-test-agent.service" <<'UNIT'
[Unit]
Description=console test agent on ttyS1
After=systemd-user-sessions.service
[Service]
ExecStart=/usr/local/sbin/console-test-agent
StandardInput=null
Restart=always
[Install]
WantedBy=multi-user.target
UNIT
  ln -sf /etc/systemd/system/console-test-agent.service "$r/etc/systemd/system/multi-user.target.wants/console-test-agent.service"
  # Nothing else on the console while the kiosk is measured: no timers, no network waits.
  ln -sf /dev/null "$r/etc/systemd/system/apt-daily.timer"
  ln -sf /dev/null "$r/etc/systemd/system/apt-daily-upgrade.timer"
  ln -sf /dev/null "$r/etc/systemd/system/systemd-networkd-wait-online.service"
  rm -f "$r/etc/resolv.conf"
  chroot "$r" apt-get clean
}

cache="${CONSOLE_TEST_CACHE:-/var/cache/phone-login-console}"
key="$( { echo "bookworm minbase $packages"; declare -f configure_root; } | sha256sum | cut -c1-12)"
base="$cache/bookworm-$key"
if [ ! -f "$base/.ready" ]; then
  url="$(mirror)"
  note "making the Debian 12 root (debootstrap minbase + $packages; cached in $base)"
  rm -rf "$base"
  mkdir -p "$base"
  nice -n 10 debootstrap --variant=minbase --include="$packages" bookworm "$base/root" "$url" > "$base/debootstrap.log" 2>&1 \
    || { tail -20 "$base/debootstrap.log" >&2; fail "debootstrap failed (log: $base/debootstrap.log)"; }
  configure_root "$base/root"
  touch "$base/.ready"
  # Older roots (another package list or recipe) are of no use any more.
  find "$cache" -mindepth 1 -maxdepth 1 -name 'bookworm-*' ! -path "$base" -exec rm -rf {} +
else
  note "Debian 12 root from the cache ($base)"
fi

# The .deb: given, or built from this tree.
if [ $# -ge 1 ]; then
  deb="$(realpath "$1")"
else
  note "building the .deb (scripts/package.sh)"
  log="$(mktemp)"
  deb="$(bash scripts/package.sh 2> "$log" | sed -n 1p)" || { tail -40 "$log" >&2; rm -f "$log"; fail "scripts/package.sh failed"; }
  rm -f "$log"
fi
[ -f "$deb" ] || fail "no .deb at $deb"

# A copy of the root with the .deb installed, as an ext4 image.
work="$(mktemp -d /var/tmp/phone-login-console.XXXXXX)"
cleanup() { [ -n "${CONSOLE_TEST_KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT
note "installing $(basename "$deb") into a copy of the root"
cp -a "$base/root" "$work/root"
cp "$deb" "$work/root/tmp/phone-login.deb"
chroot "$work/root" dpkg -i /tmp/phone-login.deb > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i failed in the guest root"; }
rm "$work/root/tmp/phone-login.deb"
# The guest's locale for the tmux side too (LOCPATH), compiled by the root's localedef: nothing changes on this machine.
mkdir -p "$work/root/tmp/locales"
chroot "$work/root" localedef --no-archive -i en_US -f UTF-8 /tmp/locales/en_US.UTF-8 2>/dev/null || true
[ -f "$work/root/tmp/locales/en_US.UTF-8/LC_CTYPE" ] || fail "localedef made no en_US.UTF-8 for the tmux side"
mv "$work/root/tmp/locales" "$work/locales"
ln -s en_US.UTF-8 "$work/locales/en_US.utf8"
kernel="$(ls "$work/root/boot"/vmlinuz-* | sort -V | tail -1)"
initrd="$(ls "$work/root/boot"/initrd.img-* | sort -V | tail -1)"
cp "$kernel" "$work/vmlinuz"
cp "$initrd" "$work/initrd.img"
# The same binary for the tmux side.
mkdir -p "$work/deb"
dpkg-deb -x "$deb" "$work/deb"
note "ext4 image"
mkfs.ext4 -q -F -L root -d "$work/root" "$work/disk.img" 2G
rm -rf "$work/root"

python="$(bash scripts/python-env.sh)"
results="${CONSOLE_TEST_RESULTS:-$root/.build-console/results}"
rm -rf "$results"
mkdir -p "$results"
status=0
"$python" scripts/console/run.py --work "$work" --results "$results" --binary "$work/deb/usr/bin/phone-login" --locales "$work/locales" \
  --only "${CONSOLE_TEST_ONLY:-en,de,ru,ja,e3,vt}" || status=$?
note "took $(( $(date +%s) - started )) s; screens in ${results#$root/}/"
exit "$status"
