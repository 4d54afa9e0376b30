#!/usr/bin/env bash
# CI check of the Debian package, end to end, leaving the machine as it was:
#   build the PyInstaller bundle and the .deb (size <= 60 MB), install it with dpkg -i,
#   run `office-hours --version` and `office-hours doctor` from /usr/bin with a private HOME,
#   start the installed app on Xvfb with a tray host (trayer), open the tray menu and take a
#   screenshot (artifacts/screenshots/deb_tray.png, deb_tray_menu.png), switch "Start at login" on from
#   the menu and check the autostart entry, quit, remove the package (dpkg -r), and check
#   that the package's files are gone and the user's data is not.
#
#   bash packaging/linux/ci-deb.sh            # PYTHON defaults to .venv/bin/python or python3
#   KEEP_INSTALLED=1 bash packaging/linux/ci-deb.sh   # leave it installed (benchmarks)
#
# Needs root (or sudo) for dpkg, plus Xvfb, trayer, xdotool and ImageMagick (scripts/test.sh
# installs them). Every wait is bounded; a trap stops every process it started and removes
# the package whatever happens. Exits non-zero on any failure.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON="$repo/.venv/bin/python"; else PYTHON=python3; fi
fi
export PYTHON
MAX_DEB_BYTES=$((60 * 1024 * 1024))
SHOTS="$repo/artifacts/screenshots"
PKG=office-hours
started=$(date +%s)

say() { printf '== %s (%ss)\n' "$*" "$(($(date +%s) - started))"; }
fail() { echo "ci-deb: FAILED: $*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo -n); else
  fail "dpkg -i needs root or sudo"
fi
for tool in Xvfb trayer xdotool import convert dpkg-deb desktop-file-validate appstreamcli flock; do
  command -v "$tool" >/dev/null || fail "$tool is missing (bash scripts/test.sh installs it)"
done

tmp="$(mktemp -d /tmp/oh-ci-deb.XXXXXX)"
pids=()
installed_by_us=0
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$installed_by_us" = 1 ] && [ "${KEEP_INSTALLED:-0}" != 1 ]; then
    "${SUDO[@]}" dpkg --purge "$PKG" >/dev/null 2>&1 || echo "ci-deb: could not remove $PKG" >&2
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# -- build -------------------------------------------------------------------------------
say "build the bundle and the .deb"
deb="$(bash packaging/linux/build-deb.sh "$repo/build/deb")"  # its progress: on stderr
[ -f "$deb" ] || fail "build-deb.sh produced no package"
size=$(stat -c %s "$deb")
echo "package: $deb, $((size / 1024 / 1024)) MB ($size bytes; limit $((MAX_DEB_BYTES / 1024 / 1024)) MB)"
[ "$size" -le "$MAX_DEB_BYTES" ] || fail "the .deb is larger than 60 MB"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'

# -- install -----------------------------------------------------------------------------
# One installation at a time on this machine (other worktrees may run the same check).
exec 9>/tmp/office-hours-ci-deb.lock
flock -w 240 9 || fail "another ci-deb.sh held the lock for 4 minutes"
if dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "install ok installed"; then
  fail "$PKG is already installed on this machine; not touching it (dpkg -r $PKG first)"
fi
[ ! -e /usr/bin/office-hours ] || fail "/usr/bin/office-hours exists but no package owns it"
say "dpkg -i"
"${SUDO[@]}" dpkg -i "$deb" >"$tmp/dpkg-i.log" 2>&1 || { cat "$tmp/dpkg-i.log" >&2; fail "dpkg -i"; }
installed_by_us=1
for f in /usr/bin/office-hours /opt/office-hours/office-hours \
  /usr/share/applications/office-hours.desktop \
  /usr/share/icons/hicolor/64x64/apps/office-hours.png \
  /usr/share/icons/hicolor/scalable/apps/office-hours.svg \
  /usr/share/metainfo/io.github.officehours.OfficeHours.metainfo.xml; do
  [ -e "$f" ] || fail "$f is not installed"
done
[ "$(command -v office-hours)" = /usr/bin/office-hours ] || echo "note: office-hours on PATH is $(command -v office-hours)"

# -- the installed command, private HOME ---------------------------------------------------
home="$tmp/home"
mkdir -p "$home/.config" "$home/.local/share" "$home/.local/state" "$home/.cache" "$home/run"
chmod 700 "$home/run"
run_env=(env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config"
  XDG_DATA_HOME="$home/.local/share" XDG_STATE_HOME="$home/.local/state"
  XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" LANG=C.UTF-8 TZ=UTC
  DBUS_SESSION_BUS_ADDRESS=disabled:)

say "office-hours --version"
version="$(timeout 30 "${run_env[@]}" /usr/bin/office-hours --version)"
echo "$version"
expected="office-hours $(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/office_hours/__init__.py)"
[ "$version" = "$expected" ] || fail "--version said '$version', expected '$expected'"

say "office-hours doctor"
set +e
timeout 30 "${run_env[@]}" /usr/bin/office-hours doctor >"$tmp/doctor.txt" 2>&1
doctor_status=$?
set -e
cat "$tmp/doctor.txt"
# Headless CI has no keyring service, which doctor rightly counts as a problem (exit 1);
# anything else (a crash, a module missing from the bundle) fails this check.
[ "$doctor_status" -le 1 ] || fail "doctor exited with $doctor_status"
! grep -q "Traceback" "$tmp/doctor.txt" || fail "doctor printed a traceback"
! grep -q "plyer is missing" "$tmp/doctor.txt" || fail "plyer is not in the bundle"
! grep -q "keyring package is missing" "$tmp/doctor.txt" || fail "keyring is not in the bundle"
grep -q "keyring" "$tmp/doctor.txt" || fail "doctor said nothing about the keyring"

# -- the installed app on Xvfb with a tray ------------------------------------------------
say "Xvfb and trayer"
rm -f "$tmp/display"
Xvfb -displayfd 7 -screen 0 1024x768x24 -nolisten tcp 7>"$tmp/display" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 150); do [ -s "$tmp/display" ] && break; sleep 0.1; done
display=":$(tr -dc 0-9 <"$tmp/display")"
[ "$display" != ":" ] || fail "Xvfb did not start within 15 s"
x_env=("${run_env[@]}" DISPLAY="$display")
export DISPLAY="$display"
trayer --edge top --align right --widthtype request --height 32 --SetDockType true \
  --transparent false --tint 0x303030 >/dev/null 2>&1 &
# trayer is started without env -i: it needs nothing of the private HOME.
pids+=($!)
for _ in $(seq 100); do xdotool search --class trayer >/dev/null 2>&1 && break; sleep 0.1; done
xdotool search --class trayer >/dev/null 2>&1 || fail "trayer did not come up within 10 s"

say "start /usr/bin/office-hours"
"${x_env[@]}" OFFICE_HOURS_TRAY_WAIT_S=10 /usr/bin/office-hours >"$tmp/app.log" 2>&1 &
app_pid=$!
pids+=("$app_pid")

# The icon: a small window of the app's class docked at the top right.
icon=""
for _ in $(seq 200); do
  kill -0 "$app_pid" 2>/dev/null || { cat "$tmp/app.log" >&2; fail "the app exited"; }
  for wid in $(xdotool search --onlyvisible --classname office-hours 2>/dev/null); do
    eval "$(xdotool getwindowgeometry --shell "$wid")"
    if [ "$Y" -lt 40 ] && [ "$WIDTH" -ge 16 ] && [ "$WIDTH" -le 64 ]; then
      icon="$wid"; icon_x=$((X + WIDTH / 2)); icon_y=$((Y + HEIGHT / 2)); break
    fi
  done
  [ -n "$icon" ] && break
  sleep 0.1
done
[ -n "$icon" ] || { cat "$tmp/app.log" >&2; fail "no tray icon within 20 s"; }
echo "tray icon at $icon_x,$icon_y"
[ "$icon_x" -gt 900 ] || fail "the icon is not docked at the top right ($icon_x,$icon_y)"
icon_geo="${WIDTH}x${HEIGHT}+${X}+${Y}"
mkdir -p "$SHOTS"
# Painted: the icon's square is not one flat colour (an unpainted embed shows the tray's tint).
for _ in $(seq 50); do
  import -window root "$SHOTS/deb_tray.png"
  spread="$(convert "$SHOTS/deb_tray.png" -crop "$icon_geo" +repage -colorspace Gray -format "%[fx:standard_deviation]" info:)"
  awk -v s="$spread" 'BEGIN { exit !(s > 0.05) }' && break
  sleep 0.1
done
awk -v s="$spread" 'BEGIN { exit !(s > 0.05) }' || fail "the tray icon was not painted (spread $spread)"
echo "icon $icon_geo painted (grey-level spread $spread): $SHOTS/deb_tray.png"

find_menu() {
  menu=""
  for wid in $(xdotool search --onlyvisible --classname office-hours 2>/dev/null); do
    eval "$(xdotool getwindowgeometry --shell "$wid")"
    if [ "$WIDTH" -ge 150 ] && [ "$HEIGHT" -ge 150 ]; then
      menu="$wid"; menu_geo="${WIDTH}x${HEIGHT}+${X}+${Y}"; return 0
    fi
  done
  return 1
}
light_share() {  # share of light pixels (lightness > 70 %) in the menu's rectangle
  convert "$1" -crop "$menu_geo" +repage -colorspace Gray -threshold 70% -format "%[fx:mean]" info:
}
open_menu_and_shoot() {  # $1: screenshot file name
  # A click that lands while a previous popup is still closing can be swallowed: retry.
  for _ in 1 2 3; do
    xdotool mousemove "$icon_x" "$icon_y" click 3
    for _ in $(seq 40); do find_menu && break; sleep 0.1; done
    [ -n "$menu" ] && break
  done
  [ -n "$menu" ] || fail "the tray menu did not open after 3 clicks (12 s)"
  for _ in $(seq 50); do
    import -window root "$SHOTS/$1"
    share="$(light_share "$SHOTS/$1")"
    awk -v s="$share" 'BEGIN { exit !(s > 0.6) }' && return 0
    sleep 0.1
  done
  fail "the menu was not painted within 5 s (light share $share)"
}

mkdir -p "$SHOTS"
say "open the tray menu and take a screenshot"
open_menu_and_shoot deb_tray_menu.png
echo "menu $menu_geo, light share $share: $SHOTS/deb_tray_menu.png"

say "Start at login, from the menu"
entry="$home/.config/autostart/office-hours.desktop"
[ ! -e "$entry" ] || fail "an autostart entry exists before it was asked for"
# Up from an open menu with nothing selected wraps to the last item (Quit); once more is
# "Start at login", which sits just above it.
xdotool key Up Up Return
for _ in $(seq 50); do [ -f "$entry" ] && break; sleep 0.1; done
[ -f "$entry" ] || fail "no autostart entry after choosing Start at login"
for _ in $(seq 50); do find_menu || break; sleep 0.1; done  # the menu closes
cat "$entry"
grep -qx "Exec=/usr/bin/office-hours" "$entry" || fail "the entry does not start /usr/bin/office-hours"
grep -qx "TryExec=/usr/bin/office-hours" "$entry" || fail "the entry has no TryExec"
desktop-file-validate "$entry" || fail "the autostart entry does not validate"
open_menu_and_shoot deb_tray_menu_start_at_login.png
xdotool key Escape

say "quit"
kill -TERM "$app_pid"
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then fail "the app did not quit within 10 s of SIGTERM"; fi
set +e; wait "$app_pid"; app_status=$?; set -e
[ "$app_status" -eq 0 ] || { cat "$tmp/app.log" >&2; fail "the app exited with $app_status"; }
! grep -q Traceback "$tmp/app.log" || { cat "$tmp/app.log" >&2; fail "the app logged a traceback"; }

# -- remove --------------------------------------------------------------------------------
if [ "${KEEP_INSTALLED:-0}" = 1 ]; then
  say "KEEP_INSTALLED=1: $PKG stays installed; remove it with: dpkg -r $PKG"
  installed_by_us=0
  exit 0
fi
say "dpkg -r"
"${SUDO[@]}" dpkg -r "$PKG" >"$tmp/dpkg-r.log" 2>&1 || { cat "$tmp/dpkg-r.log" >&2; fail "dpkg -r"; }
installed_by_us=0
for f in /usr/bin/office-hours /opt/office-hours /usr/share/applications/office-hours.desktop \
  /usr/share/icons/hicolor/64x64/apps/office-hours.png; do
  [ ! -e "$f" ] && [ ! -L "$f" ] || fail "$f is still there after dpkg -r"
done
dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null | grep -q "install ok installed" &&
  fail "dpkg still lists $PKG as installed"
# Removing the package leaves the user's data (and their autostart choice) alone; so does
# purging it, which also clears dpkg's record (the postrm keeps it in "config-files" state).
[ -f "$home/.config/office-hours/config.toml" ] || fail "dpkg -r touched the user's config"
[ -f "$entry" ] || fail "dpkg -r touched the user's autostart entry"
"${SUDO[@]}" dpkg --purge "$PKG" >"$tmp/dpkg-purge.log" 2>&1 || { cat "$tmp/dpkg-purge.log" >&2; fail "dpkg --purge"; }
! dpkg-query -W "$PKG" >/dev/null 2>&1 || fail "dpkg still knows $PKG after --purge"
[ -f "$home/.config/office-hours/config.toml" ] && [ -f "$entry" ] ||
  fail "dpkg --purge touched the user's files"
say "passed: built, installed, started, screenshot taken, removed"
