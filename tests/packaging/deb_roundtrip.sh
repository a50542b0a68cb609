#!/usr/bin/env bash
# The .deb round trip: cpack builds the packages, dpkg installs them, the installed programs run
# from /usr/bin, and the packages are removed again. Checks that the CLI package pulls in no GUI
# library, neither in its Depends nor at run time.
# Usage: deb_roundtrip.sh BUILD_DIR WITH_GUI(0|1)
# Runs when CI=true or as root with dpkg; otherwise exits 77 (ctest: skipped).
set -euo pipefail

build_dir=$(cd "$1" && pwd)
with_gui=${2:-1}
skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }

command -v dpkg >/dev/null || { [ "${CI:-}" = true ] && fail "dpkg is missing (run scripts/setup)"; skip "dpkg not available"; }
SUDO=""
if [ "$(id -u)" != 0 ]; then
  [ "${CI:-}" = true ] || skip "installs packages system-wide: runs only in CI (CI=true) or as root"
  sudo -n true 2>/dev/null || fail "CI=true but neither root nor password-less sudo"
  SUDO="sudo -n"
fi
for tool in cpack dpkg-deb dpkg-shlibdeps file ldd flock; do
  command -v "$tool" >/dev/null || fail "$tool is missing (run scripts/setup)"
done

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build_dir/CMakeCache.txt"

# One round trip at a time on this machine: several checkouts may run their tests at once.
{ exec 9>/var/lock/segment-designer-deb-roundtrip.lock; } 2>/dev/null || exec 9>/tmp/segment-designer-deb-roundtrip.lock
flock -w 900 9 || fail "another round trip held the lock for 15 minutes"

for pkg in segment-designer segment-designer-cli; do
  if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    skip "$pkg is already installed on this system; the test does not replace a user's installation"
  fi
done

work=$(mktemp -d)
installed=()
cleanup() {
  if [ ${#installed[@]} -gt 0 ]; then
    dpkg_retry $SUDO dpkg --purge "${installed[@]}" >/dev/null || echo "warning: could not remove ${installed[*]}" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# dpkg refuses to start while apt or another dpkg holds its lock; wait for it instead of failing.
dpkg_retry() {
  local out
  for _ in $(seq 1 60); do
    if out=$("$@" 2>&1); then echo "$out"; return 0; fi
    if grep -qi "lock" <<<"$out"; then sleep 5; continue; fi
    echo "$out" >&2
    return 1
  done
  echo "$out" >&2
  return 1
}

echo "== cpack"
(cd "$build_dir" && cpack -G DEB --config CPackConfig.cmake -B "$work/out") > "$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack failed"; }
cli_deb=$(ls "$work"/out/segment-designer-cli_"$version"_*.deb 2>/dev/null | head -1)
[ -f "$cli_deb" ] || { ls -R "$work/out"; fail "no segment-designer-cli_${version}_*.deb"; }

echo "== the CLI package: computed dependencies, no GUI libraries"
cli_depends=$(dpkg-deb -f "$cli_deb" Depends)
echo "Depends: $cli_depends"
for lib in libqt6core6 libsqlite3-0 libc6 libstdc++6; do
  grep -q "\b$lib\b" <<<"$cli_depends" || fail "$lib missing from the CLI's Depends (shlibdeps did not run?)"
done
if grep -Eqi 'libqt6(gui|widgets|charts|svg|opengl)|libgl1|libegl|libx11|libxcb|libwayland|libfontconfig' <<<"$cli_depends"; then
  fail "the CLI package depends on GUI libraries: $cli_depends"
fi
cli_contents=$(dpkg-deb -c "$cli_deb") # captured first: grep -q on a pipe would cut dpkg-deb off
grep -q ' \./usr/bin/segment-designer-cli$' <<<"$cli_contents" || fail "the CLI package has no /usr/bin/segment-designer-cli"
grep -q ' \./usr/share/segment-designer/templates/b2b-tiers.rules.json$' <<<"$cli_contents" || fail "the CLI package has no template"
grep -q ' \./usr/share/segment-designer/schema/rules-v1.schema.json$' <<<"$cli_contents" || fail "the CLI package has no schema"
grep -q ' \./usr/share/doc/segment-designer-cli/copyright$' <<<"$cli_contents" || fail "the CLI package has no copyright file"
if grep -Eq '/usr/bin/segment-designer$|\.desktop$' <<<"$cli_contents"; then fail "the CLI package contains the desktop application"; fi

echo "== install the CLI package alone"
if ! dpkg_retry $SUDO dpkg -i "$cli_deb"; then
  echo "dpkg -i left dependencies unresolved; letting apt install them"
  installed+=(segment-designer-cli)
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -o DPkg::Lock::Timeout=300 || fail "apt-get install -f failed"
fi
installed=(segment-designer-cli)
[ -x /usr/bin/segment-designer-cli ] || fail "/usr/bin/segment-designer-cli is not installed"
if ldd /usr/bin/segment-designer-cli | grep -Eq 'libQt6(Gui|Widgets|Charts|Svg)|libGL|libX11|libxcb'; then
  ldd /usr/bin/segment-designer-cli
  fail "the installed CLI loads GUI libraries"
fi
out=$(cd / && /usr/bin/segment-designer-cli --version)
[ "$out" = "segment-designer-cli $version" ] || fail "--version printed \"$out\""
out=$(cd / && /usr/bin/segment-designer-cli demo "$work/x.segdb")
grep -q '"leads": 50000' <<<"$out" || fail "demo printed: $out"
out=$(cd / && /usr/bin/segment-designer-cli evaluate /usr/share/segment-designer/templates/b2b-tiers.rules.json "$work/x.segdb")
grep -q '"total": 50000' <<<"$out" || fail "evaluate of the installed template printed: ${out:0:400}"
grep -q '"id": "enterprise-hot"' <<<"$out" || fail "evaluate did not report the enterprise-hot segment"
echo "segment-designer-cli $version: --version, demo and evaluate work from /usr/bin"

if [ "$with_gui" = 1 ]; then
  gui_deb=$(ls "$work"/out/segment-designer_"$version"_*.deb 2>/dev/null | head -1)
  [ -f "$gui_deb" ] || fail "no segment-designer_${version}_*.deb"
  echo "== the desktop package"
  gui_depends=$(dpkg-deb -f "$gui_deb" Depends)
  echo "Depends: $gui_depends"
  grep -q "segment-designer-cli (= $version)" <<<"$gui_depends" || fail "the GUI package does not depend on the same CLI version"
  grep -q 'libqt6widgets6' <<<"$gui_depends" || fail "libqt6widgets6 missing from the GUI's Depends"
  contents=$(dpkg-deb -c "$gui_deb")
  for f in ./usr/bin/segment-designer ./usr/share/applications/segment-designer.desktop \
           ./usr/share/metainfo/io.github.segment_designer.SegmentDesigner.metainfo.xml \
           ./usr/share/mime/packages/segment-designer.xml \
           ./usr/share/icons/hicolor/scalable/apps/segment-designer.svg \
           ./usr/share/icons/hicolor/16x16/apps/segment-designer.png \
           ./usr/share/icons/hicolor/512x512/apps/segment-designer.png \
           ./usr/share/doc/segment-designer/guide/index.md; do
    grep -q " $f\$" <<<"$contents" || fail "the GUI package has no $f"
  done
  dpkg_retry $SUDO dpkg -i "$gui_deb" >/dev/null || fail "dpkg -i $gui_deb failed"
  installed=(segment-designer segment-designer-cli)
  out=$(cd / && /usr/bin/segment-designer --version)
  grep -q "$version" <<<"$out" || fail "segment-designer --version printed \"$out\""
  if [ -f /usr/share/mime/globs2 ]; then
    grep -q 'application/x-segment-designer-workspace:\*\.segdb' /usr/share/mime/globs2 \
      || fail "the MIME database does not know *.segdb after installation"
  fi
  echo "segment-designer $version installed with menu entry, icons and file types"
fi

echo "== remove"
dpkg_retry $SUDO dpkg --purge "${installed[@]}" >/dev/null || fail "dpkg --purge failed"
installed=()
[ ! -e /usr/bin/segment-designer-cli ] || fail "/usr/bin/segment-designer-cli is still there after removal"
[ ! -e /usr/share/applications/segment-designer.desktop ] || fail "the desktop entry is still there after removal"
if [ -f /usr/share/mime/globs2 ] && grep -q 'segment-designer' /usr/share/mime/globs2; then
  fail "the MIME types are still registered after removal"
fi
echo "PASSED: packages built, installed, run and removed"
