#!/bin/sh
# Start Office Hours at login on macOS (a per-user LaunchAgent), or stop doing so.
#   sh launch-agent.sh install [APP]   # APP defaults to "/Applications/Office Hours.app"
#   sh launch-agent.sh remove
set -eu
label=io.github.officehours.OfficeHours
here="$(cd "$(dirname "$0")" && pwd)"
agent="$HOME/Library/LaunchAgents/$label.plist"
case "${1:-}" in
  install)
    app="${2:-/Applications/Office Hours.app}"
    [ -x "$app/Contents/MacOS/office-hours" ] || { echo "no Office Hours at $app" >&2; exit 1; }
    mkdir -p "$HOME/Library/LaunchAgents"
    cp "$here/$label.plist" "$agent"
    /usr/libexec/PlistBuddy -c "Set :ProgramArguments:0 $app/Contents/MacOS/office-hours" "$agent"
    plutil -lint "$agent" >/dev/null
    launchctl bootout "gui/$(id -u)/$label" 2>/dev/null || true
    launchctl bootstrap "gui/$(id -u)" "$agent"
    echo "Office Hours starts at login ($agent)"
    ;;
  remove)
    launchctl bootout "gui/$(id -u)/$label" 2>/dev/null || true
    rm -f "$agent"
    echo "Office Hours no longer starts at login"
    ;;
  *) echo "usage: $0 install [APP] | remove" >&2; exit 2 ;;
esac
