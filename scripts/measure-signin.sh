#!/usr/bin/env bash
# Does sign-in tell real accounts from unknown ones by its timing? Times failed sign-ins for an
# e-mail that has an account (wrong password) and for one that does not, through the Release app
# on loopback. The per-address throttle is raised for the measurement only.
#
#   scripts/measure-signin.sh [attempts=40]
source "$(dirname "$0")/perf-common.sh"
attempts=${1:-40}
export SocialKpi__SignInAttemptsPerClient=100000

perf_build
perf_seed 10 >/dev/null
perf_start

anon="$work/anon"
token=$(curl -fs -c "$anon" -b "$anon" "$base/account/signin" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
attempt() {
  curl -s -o "$work/answer.html" -c "$anon" -b "$anon" -w '%{http_code} %{time_total}\n' \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=signin" \
    --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=not-the-password-1" "$base/account/signin"
}
for _ in $(seq 1 5); do attempt perf@socialkpi.test >/dev/null; attempt nobody@socialkpi.test >/dev/null; done
# Interleaved, so that both see the same machine.
for i in $(seq 1 "$attempts"); do attempt perf@socialkpi.test >>"$work/known"; attempt "nobody$i@socialkpi.test" >>"$work/unknown"; done
perf_summary "failed sign-in, real account" <"$work/known"
perf_summary "failed sign-in, unknown e-mail" <"$work/unknown"
grep -q 'E-mail ou mot de passe incorrect\|Wrong e-mail or password' "$work/answer.html" && echo "same message for both: yes"
