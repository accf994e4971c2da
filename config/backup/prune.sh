#!/usr/bin/env bash
# Keeps the generations of the backups in one directory: the newest backup of each of the last
# RENKEI_BACKUP_KEEP_DAILY days (7), of each of the last RENKEI_BACKUP_KEEP_WEEKLY ISO weeks (5, a month) and of
# each of the last RENKEI_BACKUP_KEEP_MONTHLY months (12); deletes the rest. Days, weeks and months are counted
# over the backups present, so a missed night does not shorten the history.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

directory=${1:?usage: prune.sh DIRECTORY}
keep_daily=${RENKEI_BACKUP_KEEP_DAILY:-7}
keep_weekly=${RENKEI_BACKUP_KEEP_WEEKLY:-5}
keep_monthly=${RENKEI_BACKUP_KEEP_MONTHLY:-12}

declare -A days=() weeks=() months=()
claim() { # claim TABLE KEY LIMIT: true when KEY is new to TABLE and TABLE has room
    local -n table=$1
    if [ -z "${table[$2]+seen}" ] && [ "${#table[@]}" -lt "$3" ]; then
        table[$2]=1
        return 0
    fi
    return 1
}

# Names end in a UTC time stamp (NAME-YYYY-MM-DDTHHMMSSZ.sql.gz.enc), so reverse name order is newest first.
find "$directory" -maxdepth 1 -name '*.sql.gz.enc' -printf '%f\n' | sort -r | while read -r name; do
    stamp=${name%.sql.gz.enc}
    stamp=${stamp: -18}
    day=${stamp:0:10}
    keep=no
    claim days "$day" "$keep_daily" && keep=yes
    claim weeks "$(date -u -d "$day" +%G-W%V)" "$keep_weekly" && keep=yes
    claim months "${day:0:7}" "$keep_monthly" && keep=yes
    if [ "$keep" = no ]; then
        rm -f "$directory/$name" "$directory/$name.sha256"
    fi
done
