#!/usr/bin/env bash
# Installs Office Hours for this user (system libraries where missing, a private virtual
# environment, ~/.local/bin/office-hours) and starts the tray app.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/system-packages.sh" $(cat "$here/scripts/runtime-packages.txt")
venv="${XDG_DATA_HOME:-$HOME/.local/share}/office-hours/venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet "$here[slack,matrix]"
mkdir -p "$HOME/.local/bin"
ln -sf "$venv/bin/office-hours" "$HOME/.local/bin/office-hours"
echo "Installed: $HOME/.local/bin/office-hours ($("$venv/bin/office-hours" --version))"
case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) echo "Add ~/.local/bin to your PATH to type 'office-hours'.";; esac
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No graphical session here, so the tray was not started. The command line works now:"
  echo "  office-hours status; office-hours log-call example --minutes 15; office-hours report"
  echo "Start the tray from your desktop session with: office-hours"
  exit 0
fi
"$venv/bin/office-hours" status >/dev/null  # creates the commented config on first run
nohup setsid "$venv/bin/office-hours" >/dev/null 2>&1 &
for _ in $(seq 50); do
  "$venv/bin/office-hours" status --json 2>/dev/null | grep -q '"app_running": true' && break
  sleep 0.1
done
"$venv/bin/office-hours" status
echo "Config: $("$venv/bin/python" -c 'from office_hours import paths; print(paths.config_file())')"
