#!/usr/bin/env bash
# Builds the packages an ops team installs, from a clean checkout:
#   dist/phone-login_<version>_<arch>.deb          (Debian 12 and newer)
#   dist/phone-login-<version>-linux-<arch>.tar.gz  (the same files under bin/ and share/, for other distributions)
# The binary is the static release build of scripts/build-release.sh, stripped. The man pages come from
# swift-argument-parser's generate-manual (the tool its GenerateManual plugin runs; run here on the release binary,
# since the plugin would build the whole package again), the completions from the binary's
# --generate-completion-script, Depends from dpkg-shlibdeps on what the binary really links.
# The version is the binary's own (--version, from Sources/PhoneLoginCLI/Support/PhoneLoginVersion.swift); a git tag on
# HEAD (v1.2.3) and the top of scripts/packaging/changelog must agree with it, or this fails.
# Usage: scripts/package.sh            Prints the two paths.
# Needs: dpkg-dev (dpkg-shlibdeps), binutils (strip), python3, gzip, tar; the release build's toolchain.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
fail() { echo "package.sh: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps strip python3 gzip tar; do command -v "$tool" >/dev/null || fail "needs $tool (apt install dpkg-dev binutils)"; done

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
# Reproducible: every date and mtime is the last commit's (or SOURCE_DATE_EPOCH when given).
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
day="$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
tree="$stage/tree"
echo "==> staging $version for $arch" >&2
install -D -m 0755 "$exe" "$tree/usr/bin/phone-login"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$tree/usr/bin/phone-login"

echo "==> man pages (generate-manual)" >&2
checkout="$root/.build-static/checkouts/swift-argument-parser"
[ -d "$checkout" ] || fail "no swift-argument-parser checkout in .build-static (the release build makes it)"
swift build --package-path "$checkout" --scratch-path "$root/.build-manual" -c release --product generate-manual >&2
manual="$(swift build --package-path "$checkout" --scratch-path "$root/.build-manual" -c release --show-bin-path)/generate-manual"
mkdir -p "$stage/man" "$tree/usr/share/man/man1"
"$manual" "$tree/usr/bin/phone-login" --multi-page --date "$day" --authors "The phone-login developers" -o "$stage/man"
rm -f "$stage/man/phone-login.help.1"   # argument-parser's own `help` subcommand: phone-login(1) covers it
for page in "$stage"/man/*.1; do
  gzip -9n < "$page" > "$tree/usr/share/man/man1/$(basename "$page").gz"
done

echo "==> completions" >&2
install -d "$tree/usr/share/bash-completion/completions" "$tree/usr/share/zsh/vendor-completions" "$tree/usr/share/fish/vendor_completions.d"
# bash-completion sources the file: no #! line (lintian: bash-completion-with-hashbang).
"$exe" --generate-completion-script bash | sed '1{/^#!/d}' > "$tree/usr/share/bash-completion/completions/phone-login"
"$exe" --generate-completion-script zsh > "$tree/usr/share/zsh/vendor-completions/_phone-login"
"$exe" --generate-completion-script fish > "$tree/usr/share/fish/vendor_completions.d/phone-login.fish"

echo "==> documentation, kiosk service" >&2
doc="$tree/usr/share/doc/phone-login"
install -D -m 0644 README.md "$doc/README.md"
gzip -9n < scripts/packaging/changelog > "$doc/changelog.gz"
data_note=()
[ -f scripts/packaging/copyright-data.txt ] && data_note=(scripts/packaging/copyright-data.txt)
python3 scripts/packaging/copyright.py "$root/.build-static/checkouts" "${data_note[@]}" > "$doc/copyright"
install -D -m 0644 scripts/packaging/lintian-overrides "$tree/usr/share/lintian/overrides/phone-login"
install -D -m 0644 "scripts/packaging/phone-login-kiosk@.service" "$tree/usr/lib/systemd/system/phone-login-kiosk@.service"
install -D -m 0644 scripts/packaging/phone-login-kiosk.default "$tree/etc/default/phone-login-kiosk"
find "$tree" -type d -exec chmod 0755 {} +
find "$tree" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

echo "==> the .deb" >&2
mkdir -p "$stage/debian" "$tree/DEBIAN"
printf 'Source: phone-login\n\nPackage: phone-login\nArchitecture: any\n' > "$stage/debian/control"
depends="$(cd "$stage" && dpkg-shlibdeps -O -e tree/usr/bin/phone-login 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
[ -n "$depends" ] || fail "dpkg-shlibdeps found no dependencies"
size="$(du -sk --apparent-size --exclude=DEBIAN "$tree" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
  scripts/packaging/control.in > "$tree/DEBIAN/control"
echo /etc/default/phone-login-kiosk > "$tree/DEBIAN/conffiles"
(cd "$tree" && find . -type f ! -path './DEBIAN/*' ! -path './etc/*' -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) > "$tree/DEBIAN/md5sums"
chmod 0644 "$tree/DEBIAN/"*
mkdir -p dist
deb="dist/phone-login_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$tree" "$deb" >&2

echo "==> the tarball" >&2
top_dir="phone-login-$version"
flat="$stage/flat/$top_dir"
mkdir -p "$flat"
cp -a "$tree/usr/bin" "$tree/usr/share" "$flat/"
mkdir -p "$flat/lib/systemd/system" "$flat/etc/default"
cp -a "$tree/usr/lib/systemd/system/phone-login-kiosk@.service" "$flat/lib/systemd/system/"
cp -a "$tree/etc/default/phone-login-kiosk" "$flat/etc/default/"
tarball="dist/phone-login-${version}-linux-${arch}.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" -C "$stage/flat" -cf - "$top_dir" | gzip -9n > "$tarball"

echo "$root/$deb"
echo "$root/$tarball"
