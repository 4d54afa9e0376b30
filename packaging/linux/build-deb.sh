#!/usr/bin/env bash
# Builds the PyInstaller bundle (unless --no-bundle) and a .deb from it:
#   /opt/office-hours/            the onedir bundle
#   /usr/bin/office-hours         a symlink to /opt/office-hours/office-hours
#   /usr/share/applications/office-hours.desktop
#   /usr/share/icons/hicolor/{64x64,scalable}/apps/office-hours.{png,svg}
#   /usr/share/metainfo/io.github.officehours.OfficeHours.metainfo.xml
# The desktop entry and the metainfo are validated (desktop-file-validate, appstreamcli).
#
#   PYTHON=/path/to/python bash packaging/linux/build-deb.sh [--no-bundle] [OUTDIR]
# Prints the path of the .deb on stdout, everything else on stderr. PYTHON needs the
# project's dependencies with the chat extras and PyInstaller
# (pip install '.[package,slack,matrix]').
set -euo pipefail
# Progress goes to stderr; stdout carries only the path of the .deb, for callers.
exec 3>&1 1>&2
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
PYTHON="${PYTHON:-python3}"
bundle=1
if [ "${1:-}" = "--no-bundle" ]; then bundle=0; shift; fi
out="$(realpath -m "${1:-build/deb}")"
dist="$here/build/dist/office-hours"

for tool in dpkg-deb desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || {
    echo "build-deb: $tool is missing (apt-get install dpkg-dev desktop-file-utils appstream)" >&2
    exit 1
  }
done

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/office_hours/__init__.py)"
arch="$(dpkg --print-architecture)"
[ -n "$version" ] || { echo "build-deb: no __version__ in src/office_hours/__init__.py" >&2; exit 1; }

if [ "$bundle" = 1 ]; then
  echo "== PyInstaller bundle"
  PYTHONPATH="$here/src" "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/dist --workpath build/pyinstaller packaging/pyinstaller/office-hours.spec
fi
[ -x "$dist/office-hours" ] || { echo "build-deb: no bundle at $dist" >&2; exit 1; }

echo "== checks on the bundle"
# Every library the bundle keeps must find its own dependencies (a trimmed plugin or
# library that something still needs shows up here, not on a user's machine).
missing="$(find "$dist" -type f \( -name '*.so*' -o -name office-hours \) -print0 |
  xargs -0 -n 20 env LD_LIBRARY_PATH="$dist/_internal" ldd 2>/dev/null | grep 'not found' | sort -u || true)"
if [ -n "$missing" ]; then echo "build-deb: libraries not found:" >&2; echo "$missing" >&2; exit 1; fi
for f in focus.svg reachable.svg off_hours.svg; do
  [ -f "$dist/_internal/office_hours/resources/icons/$f" ] && [ ! -L "$dist/_internal/office_hours/resources/icons/$f" ] ||
    { echo "build-deb: icon $f is missing from the bundle (or a symlink)" >&2; exit 1; }
done
# The app's code, the hidden imports and keyring's backends are in the bundle, as bytecode.
for module in office_hours/cli/__init__ office_hours/cli/commands office_hours/app office_hours/autostart \
  office_hours/ui/tray office_hours/ingest office_hours/ui/first_paint \
  plyer/platforms/linux/notification keyring/backends/SecretService; do
  [ -f "$dist/_internal/$module.pyc" ] || { echo "build-deb: $module.pyc is not in the bundle" >&2; exit 1; }
done
if find "$dist" -name '*.py' -path '*office_hours*' | grep -q .; then
  echo "build-deb: the bundle carries .py sources of office_hours" >&2; exit 1
fi
echo "bytecode: $(find "$dist/_internal" -name '*.pyc' | wc -l) .pyc files, $(find "$dist/_internal/office_hours" -name '*.pyc' | wc -l) of them ours"
"$dist/office-hours" --version

echo "== staging"
stage="$out/stage"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/64x64/apps" "$stage/usr/share/icons/hicolor/scalable/apps" \
  "$stage/usr/share/metainfo" "$stage/usr/share/doc/office-hours"
cp -a "$dist" "$stage/opt/office-hours"
ln -s /opt/office-hours/office-hours "$stage/usr/bin/office-hours"
install -m 0644 resources/desktop/office-hours.desktop "$stage/usr/share/applications/"
install -m 0644 resources/desktop/io.github.officehours.OfficeHours.metainfo.xml "$stage/usr/share/metainfo/"
install -m 0644 resources/icons/office-hours.svg "$stage/usr/share/icons/hicolor/scalable/apps/office-hours.svg"
"$PYTHON" packaging/linux/render_icon.py resources/icons/office-hours.svg \
  "$stage/usr/share/icons/hicolor/64x64/apps/office-hours.png" 64
install -m 0644 LICENSE "$stage/usr/share/doc/office-hours/copyright"
install -m 0755 packaging/linux/postrm "$stage/DEBIAN/postrm"
chmod -R u+rwX,go+rX,go-w "$stage"

desktop-file-validate "$stage/usr/share/applications/office-hours.desktop"
appstreamcli validate --no-net "$stage/usr/share/metainfo/io.github.officehours.OfficeHours.metainfo.xml"

installed_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
  packaging/linux/control.in > "$stage/DEBIAN/control"

echo "== dpkg-deb"
deb="$out/office-hours_${version}_${arch}.deb"
# zstd, not xz: xz takes over a minute on 2 cores; zstd -9 about 5 s and ~50 MB.
dpkg-deb --root-owner-group -Zzstd -z9 --build "$stage" "$deb" >/dev/null
rm -rf "$stage"
echo "$(du -h "$deb" | cut -f1) $deb"
echo "$deb" >&3
