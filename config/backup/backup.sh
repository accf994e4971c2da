#!/usr/bin/env bash
# Encrypted logical backup of the portal's database (a consistent snapshot, taken while the portal runs),
# checked by decrypting it again, copied to a second directory that can be taken offline, and pruned to the
# generations kept: daily for a week, weekly for a month, monthly for a year (configurable).
#
#   RENKEI_BACKUP_DIR=/var/backups/renkei RENKEI_BACKUP_OFFLINE_DIR=/mnt/offline/renkei \
#   RENKEI_BACKUP_KEY_FILE=/etc/renkei/backup.key RENKEI_BACKUP_DB_PASSWORD=... config/backup/backup.sh
#
# Settings: see backup.conf.example. Exit 0 when both copies are written, 1 otherwise.
set -euo pipefail
umask 077
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

primary=${RENKEI_BACKUP_DIR:?RENKEI_BACKUP_DIR: where backups are written}
offline=${RENKEI_BACKUP_OFFLINE_DIR:?RENKEI_BACKUP_OFFLINE_DIR: the second copy, on a disk that can be taken offline}
stamp=${RENKEI_BACKUP_TIME:-$(date -u +%Y-%m-%dT%H%M%SZ)}
require_key

dump=$(first_program mariadb-dump mysqldump)
options=$(client_options)
trap 'rm -f "$options" "$primary/.partial" "$offline/.partial"' EXIT
mkdir -p "$primary"
name="$db_name-$stamp.sql.gz.enc"
started=$(date +%s)

# --single-transaction: one InnoDB snapshot, no table locks, so users keep working during the backup.
"$dump" --defaults-extra-file="$options" --single-transaction --quick --routines --triggers --hex-blob \
    --no-tablespaces --default-character-set=utf8mb4 "$db_name" \
    | gzip -6 | crypt -e -salt >"$primary/.partial"
# A backup that cannot be read back is no backup: decrypt and decompress it once before keeping it.
crypt -d <"$primary/.partial" | gzip -t || fail "the new backup does not decrypt and decompress; nothing kept"
mv "$primary/.partial" "$primary/$name"
(cd "$primary" && sha256sum "$name" >"$name.sha256")
echo "backup: $primary/$name ($(stat -c %s "$primary/$name") bytes, $(($(date +%s) - started)) s)"

mkdir -p "$offline" || fail "the offline directory $offline is not available; the primary copy was kept"
cp "$primary/$name" "$offline/.partial"
mv "$offline/.partial" "$offline/$name"
cp "$primary/$name.sha256" "$offline/$name.sha256"
(cd "$offline" && sha256sum --quiet -c "$name.sha256") || fail "the offline copy differs from the backup"
echo "copy: $offline/$name"

"$here/prune.sh" "$primary"
"$here/prune.sh" "$offline"
