#!/usr/bin/env bash
# Restores one backup written by backup.sh into a database (by default the one named in the settings):
#
#   RENKEI_BACKUP_KEY_FILE=/etc/renkei/backup.key RENKEI_BACKUP_DB_PASSWORD=... \
#   config/backup/restore.sh /var/backups/renkei/renkei-2026-11-30T021500Z.sql.gz.enc [DATABASE]
#
# Refuses a backup whose checksum does not match, and a database that already has tables unless
# RENKEI_RESTORE_REPLACE=yes (then the database is dropped first). The database accounts are not in the backup:
# create them as config/README.md says; the portal grants its own account at start.
set -euo pipefail
umask 077
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

backup=${1:?usage: restore.sh BACKUP_FILE [DATABASE]}
target=${2:-$db_name}
require_key
[ -r "$backup" ] || fail "cannot read $backup"
if [ -r "$backup.sha256" ]; then
    (cd "$(dirname "$backup")" && sha256sum --quiet -c "$(basename "$backup").sha256") \
        || fail "$backup does not match its checksum: take another copy (the offline one)"
else
    echo "restore: no checksum next to $backup; relying on decryption and decompression to notice damage" >&2
fi

client=$(first_program mariadb mysql)
options=$(client_options)
trap 'rm -f "$options"' EXIT
sql() { "$client" --defaults-extra-file="$options" --batch --skip-column-names "$@"; }

[[ "$target" =~ ^[A-Za-z0-9_]+$ ]] || fail "database name '$target' is not a plain name"
tables=$(sql -e "select count(*) from information_schema.tables where table_schema = '$target'")
if [ "$tables" -gt 0 ]; then
    [ "${RENKEI_RESTORE_REPLACE:-no}" = yes ] \
        || fail "database $target has $tables tables; set RENKEI_RESTORE_REPLACE=yes to replace it"
    sql -e "drop database \`$target\`"
fi
started=$(date +%s)
sql -e "create database if not exists \`$target\` character set utf8mb4 collate utf8mb4_unicode_ci"
crypt -d <"$backup" | gunzip | sql "$target"
echo "restored: $backup into $target ($(sql -e "select count(*) from information_schema.tables where table_schema = '$target'") tables, $(($(date +%s) - started)) s)"
