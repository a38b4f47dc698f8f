#!/usr/bin/env bash
# Builds the packages an ops team installs, from a clean checkout:
#   dist/phone-login_<version>_<arch>.deb          (Debian 12 and newer)
#   dist/phone-login-<version>-linux-<arch>.tar.gz  (the same files under bin/ and share/, for other distributions)
# The binary is the static release build of scripts/build-release.sh, stripped. The man pages come from
# swift-argument-parser's generate-manual (the tool its GenerateManual plugin runs; run here on the release binary,
# since the plugin would build the whole package again), with phone-login(1)'s ENVIRONMENT, FILES and EXIT STATUS
# from scripts/packaging/man-extra.mdoc (generate-manual writes no such sections); the completions from the binary's
# --generate-completion-script; the documentation is README.md, ARCHITECTURE.md, docs/ and the screenshots they show.
# Depends is dpkg-shlibdeps' on what the binary really links, with libc6's bound raised to the newest glibc version
# the binary requires (dpkg-shlibdeps misses GLIBC_ABI_DT_RELR, glibc 2.36, which packed relocations need).
# Each phase's time is printed on stderr as it ends, and all of them at the end.
# The version is the binary's own (--version, from Sources/PhoneLoginCLI/Support/PhoneLoginVersion.swift); a git tag on
# HEAD (v1.2.3) and the top of scripts/packaging/changelog must agree with it, or this fails.
# Usage: scripts/package.sh            Prints the two paths.
# Needs: dpkg-dev (dpkg-shlibdeps), binutils (strip, readelf), python3, gzip, tar; the release build's toolchain.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
fail() { echo "package.sh: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps strip readelf python3 gzip tar; do command -v "$tool" >/dev/null || fail "needs $tool (apt install dpkg-dev binutils)"; done

# `phase NAME`: ends the phase before (its time printed and kept), starts NAME; `phase` alone ends the last.
now_ms() { local t=${EPOCHREALTIME//[.,]/}; echo $((t / 1000)); }
phase_name="" phase_start=0 timings=() started_ms=$(now_ms)
phase() {
  local now
  now=$(now_ms)
  if [ -n "$phase_name" ]; then
    local took
    took=$(printf '%d.%d s' $(((now - phase_start) / 1000)) $((((now - phase_start) % 1000) / 100)))
    echo "    ($took)" >&2
    timings+=("$(printf '%-22s %s' "$phase_name" "$took")")
  fi
  phase_name=${1:-} phase_start=$now
  [ -z "$phase_name" ] || echo "==> $phase_name" >&2
}

phase "release build"
bin="$(bash scripts/build-release.sh phone-login)"
exe="$bin/phone-login"
version="$("$exe" --version)"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "the binary's version “$version” is not x.y.z"
if tag="$(git describe --tags --exact-match 2>/dev/null)"; then
  [ "${tag#v}" = "$version" ] || fail "HEAD is tagged $tag but the binary says $version (PhoneLoginVersion.swift)"
fi
top="$(sed -n '1s/^phone-login (\([^)]*\)).*/\1/p' scripts/packaging/changelog)"
[ "$top" = "$version" ] || fail "scripts/packaging/changelog starts at $top, the binary says $version"
arch="$(dpkg --print-architecture)"
# The .deb's compression: xz -6 (dpkg-deb's default level). Measured on the 78 MiB binary: see docs/packaging.md.
deb_compression="xz -6"
deb_compression_flags=(-Zxz -z6)
# Reproducible: every date and mtime is the last commit's (or SOURCE_DATE_EPOCH when given).
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
day="$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
tree="$stage/tree"
phase "staging $version, strip"
install -D -m 0755 "$exe" "$tree/usr/bin/phone-login"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$tree/usr/bin/phone-login"

phase "man pages"
checkout="$root/.build-static/checkouts/swift-argument-parser"
[ -d "$checkout" ] || fail "no swift-argument-parser checkout in .build-static (the release build makes it)"
swift build --package-path "$checkout" --scratch-path "$root/.build-manual" -c release --product generate-manual >&2
manual="$(swift build --package-path "$checkout" --scratch-path "$root/.build-manual" -c release --show-bin-path)/generate-manual"
mkdir -p "$stage/man" "$tree/usr/share/man/man1"
"$manual" "$tree/usr/bin/phone-login" --multi-page --date "$day" --authors "The phone-login developers" -o "$stage/man"
rm -f "$stage/man/phone-login.help.1"   # argument-parser's own `help` subcommand: phone-login(1) covers it
# generate-manual's EXIT STATUS is mdoc's generic `.Ex -std`. phone-login(1) gets ENVIRONMENT, FILES and the exit
# codes in its place (mdoc's order); each subcommand's page points there; no SEE ALSO to the help page dropped above.
# A blank line in a command's discussion comes out as an empty input line, which groff warns about (lintian:
# groff-message): it becomes the paragraph break `.Pp`.
for page in "$stage"/man/*.1; do
  grep -qx '\.Sh "EXIT STATUS"' "$page" || fail "generate-manual wrote no EXIT STATUS in $(basename "$page")"
  if [ "$(basename "$page")" = phone-login.1 ]; then extra=scripts/packaging/man-extra.mdoc; else extra=scripts/packaging/man-extra-subcommand.mdoc; fi
  awk -v extra="$extra" '
    $0 == ".Sh \"EXIT STATUS\"" { while ((getline line < extra) > 0) if (line !~ /^\.\\"/) print line; skip = 1; next }
    skip && /^\.Sh / { skip = 0 }
    /^\.Xr phone-login\.help 1/ { next }
    /^$/ { if (!skip) print ".Pp"; next }
    !skip { print }' "$page" > "$page.new"
  mv "$page.new" "$page"
done
for page in "$stage"/man/*.1; do
  gzip -9n < "$page" > "$tree/usr/share/man/man1/$(basename "$page").gz"
done

phase "completions"
install -d "$tree/usr/share/bash-completion/completions" "$tree/usr/share/zsh/vendor-completions" "$tree/usr/share/fish/vendor_completions.d"
# bash-completion sources the file: no #! line (lintian: bash-completion-with-hashbang).
"$exe" --generate-completion-script bash | sed '1{/^#!/d}' > "$tree/usr/share/bash-completion/completions/phone-login"
"$exe" --generate-completion-script zsh > "$tree/usr/share/zsh/vendor-completions/_phone-login"
"$exe" --generate-completion-script fish > "$tree/usr/share/fish/vendor_completions.d/phone-login.fish"

phase "docs, kiosk unit"
doc="$tree/usr/share/doc/phone-login"
# The README and the pages it links to, laid out as in the checkout, so its relative links work where it is installed
# (links from docs/ to the sources, ../scripts/… and ../Sources/…, are the repository's, not installed).
install -D -m 0644 README.md "$doc/README.md"
install -D -m 0644 ARCHITECTURE.md "$doc/ARCHITECTURE.md"
install -D -m 0644 -t "$doc/docs" docs/*.md
install -D -m 0644 -t "$doc/screenshots" screenshots/*.png
gzip -9n < scripts/packaging/changelog > "$doc/changelog.gz"
data_note=()
[ -f scripts/packaging/copyright-data.txt ] && data_note=(scripts/packaging/copyright-data.txt)
python3 scripts/packaging/copyright.py "$root/.build-static/checkouts" "${data_note[@]}" > "$doc/copyright"
install -D -m 0644 scripts/packaging/lintian-overrides "$tree/usr/share/lintian/overrides/phone-login"
install -D -m 0644 "scripts/packaging/phone-login-kiosk@.service" "$tree/usr/lib/systemd/system/phone-login-kiosk@.service"
install -D -m 0644 scripts/packaging/phone-login-kiosk.default "$tree/etc/default/phone-login-kiosk"
find "$tree" -type d -exec chmod 0755 {} +
find "$tree" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

phase "Depends"
mkdir -p "$stage/debian" "$tree/DEBIAN"
printf 'Source: phone-login\n\nPackage: phone-login\nArchitecture: any\n' > "$stage/debian/control"
depends="$(cd "$stage" && dpkg-shlibdeps -O -e tree/usr/bin/phone-login 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
[ -n "$depends" ] || fail "dpkg-shlibdeps found no dependencies"
# dpkg-shlibdeps takes libc6's bound from the symbols the binary uses; the versions it requires (readelf's version
# needs) also hold GLIBC_ABI_DT_RELR, which names no symbol: glibc 2.36 brought it. The bound is the newest of all.
glibc="$(readelf --version-info --wide "$tree/usr/bin/phone-login" | sed -n 's/.*Name: GLIBC_\([0-9][0-9.]*\) .*/\1/p;
  s/.*Name: GLIBC_ABI_DT_RELR .*/2.36/p' | sort -uV | tail -n 1)"
[ -n "$glibc" ] || fail "readelf shows no GLIBC_ version the binary needs"
readelf --version-info --wide "$tree/usr/bin/phone-login" | grep -o 'Name: GLIBC_[A-Z][A-Z_]*' | grep -vx 'Name: GLIBC_ABI_DT_RELR' &&
  fail "the binary needs a glibc version marker package.sh does not know (above): add the glibc release that brought it"
libc_bound="$(sed -n 's/.*libc6 (>= \([^)]*\)).*/\1/p' <<<"$depends")"
[ -n "$libc_bound" ] || fail "dpkg-shlibdeps gave no libc6 bound: $depends"
if dpkg --compare-versions "$glibc" gt "$libc_bound"; then depends="${depends/libc6 (>= $libc_bound)/libc6 (>= $glibc)}"; fi
echo "    Depends: $depends" >&2
size="$(du -sk --apparent-size --exclude=DEBIAN "$tree" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
  scripts/packaging/control.in > "$tree/DEBIAN/control"
echo /etc/default/phone-login-kiosk > "$tree/DEBIAN/conffiles"
(cd "$tree" && find . -type f ! -path './DEBIAN/*' ! -path './etc/*' -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) > "$tree/DEBIAN/md5sums"
chmod 0644 "$tree/DEBIAN/"*
mkdir -p dist
deb="dist/phone-login_${version}_${arch}.deb"
phase "the .deb ($deb_compression)"
dpkg-deb --root-owner-group "${deb_compression_flags[@]}" --build "$tree" "$deb" >&2

phase "the tarball (gzip)"
top_dir="phone-login-$version"
flat="$stage/flat/$top_dir"
mkdir -p "$flat"
cp -a "$tree/usr/bin" "$tree/usr/share" "$flat/"
mkdir -p "$flat/lib/systemd/system" "$flat/etc/default"
cp -a "$tree/usr/lib/systemd/system/phone-login-kiosk@.service" "$flat/lib/systemd/system/"
cp -a "$tree/etc/default/phone-login-kiosk" "$flat/etc/default/"
tarball="dist/phone-login-${version}-linux-${arch}.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" -C "$stage/flat" -cf - "$top_dir" | gzip -6n > "$tarball"
phase
total=$(($(now_ms) - started_ms))
{
  echo "package.sh: $(du -k "$deb" | cut -f1) KiB .deb, $(du -k "$tarball" | cut -f1) KiB tarball; the phases:"
  printf '  %s\n' "${timings[@]}"
  printf '  %-22s %d.%d s\n' total $((total / 1000)) $(((total % 1000) / 100))
} >&2

echo "$root/$deb"
echo "$root/$tarball"
