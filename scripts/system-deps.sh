#!/usr/bin/env bash
# Installs the Debian packages the test suite drives, when they are missing: chromium (browser tests) and
# virtuoso-opensource (remote-store tests). Needs root and Debian's package registry; elsewhere it says
# what is missing and the tests that need it skip.
set -u
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing ${need[*]} (install them with apt-get as root); the tests needing them will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if [[ " ${need[*]} " == *" virtuoso-opensource "* ]]; then
  # The package asks for a DBA password; preseed it so the install never prompts.
  for q in dba-password dba-password-again; do
    echo "virtuoso-opensource-7 virtuoso-opensource-7/$q password dba" | debconf-set-selections
  done
fi
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
  || echo "system-deps: could not install ${need[*]}; the tests needing them will skip" >&2
exit 0
