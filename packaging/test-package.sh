#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a configured, built tree, checks it the way a distribution would
# (desktop-file-validate, appstreamcli, lintian, the MIME database) and runs it from a scratch root.
#   packaging/test-package.sh BUILD_DIR VERSION
# Exit 0 passed, 1 failed, 77 a tool is missing (packaging/setup.sh test installs them).
set -euo pipefail
build=$(cd "$1" && pwd) version=$2
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian update-mime-database; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (packaging/setup.sh test installs it)"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. The package, named as Debian names it, with computed dependencies.
cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb="$work/out/galley_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $(basename "$deb") among: $(ls "$work/out")"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version) is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libqt6core6 libqt6widgets6 libxml2; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib (dpkg-shlibdeps): $depends"
done

# 2. Installed into a scratch root: the binary runs from there, with its data tables (in the binary).
root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/galley usr/libexec/galley/galley-window usr/share/applications/galley.desktop usr/share/mime/packages/galley.xml \
         usr/share/icons/hicolor/scalable/apps/galley.svg usr/share/icons/hicolor/256x256/apps/galley.png \
         usr/share/man/man1/galley.1.gz usr/share/doc/galley/copyright usr/share/galley/samples/seed-capture.txt; do
  [ -e "$root/$f" ] || fail "$f is not in the package"
done
metainfo=$(ls "$root"/usr/share/metainfo/*.metainfo.xml)
printed=$(env -i PATH=/usr/bin:/bin "$root/usr/bin/galley" --version)
[ "$printed" = "galley $version" ] || fail "galley --version printed '$printed', the package is $version"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the AppStream release is not $version"
cd "$work"
env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 "$root/usr/bin/galley" extract "$root/usr/share/galley/samples" \
  >records.jsonl 2>extract.err || { cat extract.err; fail "galley extract on the packaged samples"; }
pages=$(wc -l <records.jsonl)
[ "$pages" -ge 5 ] || fail "galley extract gave $pages records for the five sample pages"
python3 -c 'import json,sys; [json.loads(l)["headline"] for l in open(sys.argv[1])]' records.jsonl ||
  fail "galley extract wrote something other than JSON records"

# 3. What a distribution checks.
desktop-file-validate "$root/usr/share/applications/galley.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
mkdir -p mime/packages
cp /usr/share/mime/packages/freedesktop.org.xml mime/packages/
cp "$root/usr/share/mime/packages/galley.xml" mime/packages/
update-mime-database mime >mime.log 2>&1 || fail "update-mime-database rejects galley.xml"
grep -q '^[0-9]*:application/warc:\*\.warc$' mime/globs2 || fail "*.warc is not application/warc"
grep -q '^[0-9]*:application/x-mimearchive:\*\.mhtml$' mime/globs2 || fail "*.mhtml is not application/x-mimearchive"
grep -q 'application/warc' mime/magic || fail "WARC/1. is not recognised by content"
for type in application/warc application/x-mimearchive; do
  grep -q "MimeType=.*$type;" "$root/usr/share/applications/galley.desktop" || fail "the desktop entry does not open $type"
done
# Lintian's tags of the warning severity and above fail the test (--fail-on warning).
lintian --fail-on error,warning --allow-root "$deb" || fail "lintian"
echo "galley_${version}_amd64.deb: $(dpkg-deb -f "$deb" Installed-Size) KiB installed; Depends: $depends"
