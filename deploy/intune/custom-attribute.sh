#!/bin/bash
# Intune custom attribute (data type: String) for PSSO Helper. Intune runs it as root about every
# 8 hours and keeps up to 20 KB of output; this prints one short line, for example:
#   app=0.2.0 verdict=broken method=password device=registered user=registered tokens=expired:2026-11-20T09:12:44Z findings=tokens-expired,password-changed-in-entra
# or "not installed", or "app=<version> " followed by "no user logged in" or "error=<what went wrong>".
# The app's version comes first so a report shows which build answered, even when the line is cut.
# Platform SSO state is per user, so the app's CLI runs as the user at the screen.
# PSSO_HELPER_SYSROOT is the test seam: a folder standing in for / (empty on a Mac).
set -uo pipefail
export PATH=/usr/bin:/bin:/usr/sbin:/sbin

readonly APP_BUNDLE="/Applications/PSSO Helper.app"
readonly APP_BINARY="${APP_BUNDLE}/Contents/MacOS/PSSO Helper"
readonly ROOT="${PSSO_HELPER_SYSROOT:-}"
# Tests shorten the wait; anything but a whole number means the default.
TIMEOUT_SECONDS="${PSSO_HELPER_TIMEOUT_SECONDS:-60}"
[[ "${TIMEOUT_SECONDS}" =~ ^[0-9]+$ ]] || TIMEOUT_SECONDS=60
readonly MAX_CHARS=1000

# The line from `status --json` (docs/status.schema.json). JavaScript for Automation, because macOS
# before 15 has no jq; the `run` function receives the JSON as its only argument.
read -r -d '' SUMMARIZE <<'JS'
function run(argv) {
  var state
  try {
    state = JSON.parse(argv[0])
  } catch (e) {
    return 'error=unreadable-status-output'
  }
  var psso = state.psso || {}
  var tokens = psso.tokens || {}
  var user = psso.user || {}
  var verdict = state.verdict || {}
  var known = function (value) {
    return value === null || value === undefined || value === '' ? 'unknown' : String(value)
  }
  var registered = function (value) {
    return value === true ? 'registered' : value === false ? 'not-registered' : 'unknown'
  }
  var tokenText = 'unknown'
  if (tokens.present === false) tokenText = 'none'
  else if (tokens.present === true) tokenText = (tokens.expired ? 'expired:' : 'expires:') + known(tokens.expiresAt)
  var findings = (verdict.findings || []).map(function (finding) {
    return finding.id
  })
  return [
    'verdict=' + known(verdict.status),
    'method=' + known(psso.method),
    'device=' + registered(psso.deviceRegistered),
    'user=' + registered(user.registered),
    'tokens=' + tokenText,
    'findings=' + (findings.length ? findings.join(',') : 'none'),
  ].join(' ')
}
JS

if [[ ! -x "${ROOT}${APP_BINARY}" ]]; then
  echo "not installed"
  exit 0
fi

# CFBundleShortVersionString, as the pkg installed it; anything odd in it means unknown.
app_version="$("${ROOT}/usr/bin/defaults" read "${ROOT}${APP_BUNDLE}/Contents/Info" CFBundleShortVersionString 2>/dev/null)"
[[ "${app_version}" =~ ^[0-9A-Za-z.+-]{1,32}$ ]] || app_version="unknown"
readonly APP_FIELD="app=${app_version}"

# The console user (loginwindow, _mbsetupuser and root mean nobody). Each script is uploaded or run on
# its own, so this lookup is repeated in every one of them rather than sourced.
console_state="$(printf 'show State:/Users/ConsoleUser\n' | "${ROOT}/usr/sbin/scutil" 2>/dev/null)"
console_user="$(awk '$1 == "Name" && $2 == ":" { print $3; exit }' <<<"${console_state}")"
console_uid="$(awk '$1 == "UID" && $2 == ":" { print $3; exit }' <<<"${console_state}")"
case "${console_user}" in
  "" | loginwindow | _mbsetupuser | root)
    echo "${APP_FIELD} no user logged in"
    exit 0
    ;;
esac
if [[ ! "${console_uid}" =~ ^[0-9]+$ ]]; then
  echo "${APP_FIELD} error=no-uid-for-console-user"
  exit 0
fi

output="$(mktemp)"
trap 'rm -f "${output}"' EXIT
"${ROOT}/bin/launchctl" asuser "${console_uid}" "${ROOT}/usr/bin/sudo" -u "${console_user}" \
  "${ROOT}${APP_BINARY}" status --json >"${output}" 2>/dev/null &
cli_pid=$!
# macOS has no `timeout`: wait in tenths of a second, then stop the CLI.
for ((tick = 0; tick < TIMEOUT_SECONDS * 10; tick++)); do
  kill -0 "${cli_pid}" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "${cli_pid}" 2>/dev/null; then
  kill "${cli_pid}" 2>/dev/null
  echo "${APP_FIELD} error=status-timed-out-after-${TIMEOUT_SECONDS}s"
  exit 0
fi
wait "${cli_pid}"
cli_status=$?
if ((cli_status != 0)); then
  echo "${APP_FIELD} error=status-exit-${cli_status}"
  exit 0
fi

line="$("${ROOT}/usr/bin/osascript" -l JavaScript -e "${SUMMARIZE}" "$(cat "${output}")" 2>/dev/null)" ||
  line="error=osascript-failed"
line="${APP_FIELD} ${line}"
echo "${line:0:${MAX_CHARS}}"
exit 0
