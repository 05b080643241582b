#!/bin/bash
# Removes everything the PSSO Helper pkg installed: stops the LaunchAgent for the user at the screen,
# deletes the agent, the app, the install log folder, and forgets the package receipt.
#   uninstall.sh          the pkg's files only; users' data stays
#   uninstall.sh --all    also every local user's data (each home folder in /Users): history and
#                         window state, the app's log, the user's own preferences, caches, saved state
# Intune runs scripts without arguments: to remove users' data from Intune, upload a copy with
# REMOVE_USER_DATA=true below.
# Run as root (for example as an Intune shell script). Configuration profiles are left alone: remove
# them in Intune. PSSO_HELPER_SYSROOT is the test seam: a folder standing in for / (empty on a Mac).
set -uo pipefail
export PATH=/usr/bin:/bin:/usr/sbin:/sbin

REMOVE_USER_DATA=false
case "$*" in
  "") ;;
  --all) REMOVE_USER_DATA=true ;;
  *)
    echo "usage: uninstall.sh [--all]" >&2
    exit 2
    ;;
esac

# = APP_ID in main/common/identity.ts (a test checks).
readonly APP_ID="io.github.psso-helper"
readonly APP_NAME="PSSO Helper"
readonly APP_PATH="/Applications/${APP_NAME}.app"
readonly AGENT="/Library/LaunchAgents/${APP_ID}.plist"
readonly LOG_DIR="/Library/Logs/${APP_ID}"
# What the app writes in a home folder (Electron names two of them after the product).
readonly USER_DATA=(
  "Library/Application Support/${APP_NAME}"
  "Library/Logs/${APP_ID}"
  "Library/Preferences/${APP_ID}.plist"
  "Library/Caches/${APP_ID}"
  "Library/Caches/${APP_NAME}"
  "Library/HTTPStorages/${APP_ID}"
  "Library/Saved Application State/${APP_ID}.savedState"
)
readonly ROOT="${PSSO_HELPER_SYSROOT:-}"

log() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) uninstall: $*"; }

if [[ "${EUID}" -ne 0 && -z "${ROOT}" ]]; then
  log "error: run this as root (sudo)."
  exit 1
fi

# The console user (loginwindow, _mbsetupuser and root mean nobody). Each script is uploaded or run on
# its own, so this lookup is repeated in every one of them rather than sourced.
console_state="$(printf 'show State:/Users/ConsoleUser\n' | "${ROOT}/usr/sbin/scutil" 2>/dev/null)"
console_user="$(awk '$1 == "Name" && $2 == ":" { print $3; exit }' <<<"${console_state}")"
console_uid="$(awk '$1 == "UID" && $2 == ":" { print $3; exit }' <<<"${console_state}")"
case "${console_user}" in
  "" | loginwindow | _mbsetupuser | root) log "no user logged in; no agent to stop" ;;
  *)
    if [[ "${console_uid}" =~ ^[0-9]+$ ]] &&
      "${ROOT}/bin/launchctl" bootout "gui/${console_uid}/${APP_ID}" >/dev/null 2>&1; then
      log "stopped the agent for ${console_user}"
    else
      log "the agent was not running for ${console_user}"
    fi
    ;;
esac
# A copy the user opened by hand is not the agent's; it must not keep running from a deleted bundle.
"${ROOT}/usr/bin/pkill" -x "${APP_NAME}" >/dev/null 2>&1 && log "quit the running ${APP_NAME}"

for item in "${AGENT}" "${APP_PATH}" "${LOG_DIR}"; do
  if [[ -e "${ROOT}${item}" ]]; then
    rm -rf -- "${ROOT}${item}"
    log "removed ${item}"
  fi
done

# Removes one item of a user's data, never through a symbolic link on the way (a user could plant one
# to point root's rm elsewhere).
remove_user_item() {
  local home="$1" relative="$2" path="$1" part
  local -a parts
  IFS='/' read -r -a parts <<<"${relative}"
  for part in "${parts[@]}"; do
    if [[ -L "${path}" ]]; then
      log "skipped ${home#"${ROOT}"}/${relative}: ${path#"${ROOT}"} is a symbolic link"
      return
    fi
    path="${path}/${part}"
  done
  if [[ -e "${path}" || -L "${path}" ]]; then
    rm -rf -- "${path}"
    log "removed ${path#"${ROOT}"}"
  fi
}

if [[ "${REMOVE_USER_DATA}" == true ]]; then
  # The user at the screen: cfprefsd caches preferences, so it is told to forget them too.
  case "${console_user}" in
    "" | loginwindow | _mbsetupuser | root) ;;
    *)
      if [[ "${console_uid}" =~ ^[0-9]+$ ]]; then
        "${ROOT}/bin/launchctl" asuser "${console_uid}" "${ROOT}/usr/bin/sudo" -u "${console_user}" \
          "${ROOT}/usr/bin/defaults" delete "${APP_ID}" >/dev/null 2>&1
      fi
      ;;
  esac
  for home in "${ROOT}"/Users/*; do
    name="${home##*/}"
    [[ -d "${home}" && ! -L "${home}" && "${name}" != Shared && "${name}" != .* ]] || continue
    for item in "${USER_DATA[@]}"; do remove_user_item "${home}" "${item}"; done
  done
  log "removed the user data of every local user"
fi

if "${ROOT}/usr/sbin/pkgutil" --forget "${APP_ID}" >/dev/null 2>&1; then
  log "forgot the package receipt ${APP_ID}"
fi
log "done"
exit 0
