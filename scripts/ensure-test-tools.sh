#!/usr/bin/env bash
# Makes sure the system tools the end-to-end tests need are installed (Debian packages):
#   chromium         the browser the built extension is tested in (/usr/bin/chromium)
#   firefox-esr      the second browser of the live-sync test (/usr/bin/firefox-esr)
#   ffmpeg           makes the small WebM videos the stand-in YouTube pages play
#   openssl          makes the self-signed certificate of the stand-in HTTPS server
# Quiet when everything is present. When something is missing it installs it with apt-get
# (as root, or through passwordless sudo); when that is not possible it fails with a clear
# message, so an end-to-end test never skips silently.
set -euo pipefail

# "package:path-or-command" pairs; a path must be executable, a command must be on PATH.
required=(
  "chromium:/usr/bin/chromium"
  "firefox-esr:/usr/bin/firefox-esr"
  "ffmpeg:ffmpeg"
  "openssl:openssl"
)

missing_packages() {
  local entry package probe
  for entry in "${required[@]}"; do
    package="${entry%%:*}"
    probe="${entry#*:}"
    if [[ "$probe" == /* ]]; then
      [[ -x "$probe" ]] || echo "$package"
    else
      command -v "$probe" >/dev/null 2>&1 || echo "$package"
    fi
  done
}

mapfile -t missing < <(missing_packages)
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "ensure-test-tools: missing ${missing[*]}; installing with apt-get." >&2

if [[ "$(id -u)" == 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "ensure-test-tools: cannot install ${missing[*]}: not root and no passwordless sudo." >&2
  echo "Install them, then run the tests again:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-tools: cannot install ${missing[*]}: apt-get not found (Debian is expected)." >&2
  exit 1
fi

if ! "${as_root[@]}" apt-get update ||
  ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"; then
  echo "ensure-test-tools: apt-get could not install ${missing[*]}; the end-to-end tests need them." >&2
  exit 1
fi

mapfile -t still_missing < <(missing_packages)
if ((${#still_missing[@]} > 0)); then
  echo "ensure-test-tools: still missing after apt-get install: ${still_missing[*]}." >&2
  exit 1
fi
echo "ensure-test-tools: installed ${missing[*]}." >&2
