# Shared by backup.sh, restore.sh and prune.sh: settings from the environment or a file named by
# RENKEI_BACKUP_CONFIG (shell assignments, see backup.conf.example), and the client option file.

if [ -n "${RENKEI_BACKUP_CONFIG:-}" ]; then
    # shellcheck source=/dev/null
    . "$RENKEI_BACKUP_CONFIG"
fi

db_host=${RENKEI_BACKUP_DB_HOST:-127.0.0.1}
db_port=${RENKEI_BACKUP_DB_PORT:-3306}
db_name=${RENKEI_BACKUP_DB_NAME:-renkei}
db_user=${RENKEI_BACKUP_DB_USER:-renkei_owner}
db_password=${RENKEI_BACKUP_DB_PASSWORD:-}
key_file=${RENKEI_BACKUP_KEY_FILE:-}

fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# The first of the given programs found on PATH (MariaDB's names first, then MySQL's).
first_program() {
    local program
    for program in "$@"; do
        if command -v "$program" >/dev/null 2>&1; then
            echo "$program"
            return
        fi
    done
    fail "none of $* found on PATH (Debian: apt-get install mariadb-client)"
}

# The password goes to the client in a file only this user reads, never on a command line that ps shows.
client_options() {
    local options
    options=$(mktemp)
    chmod 600 "$options"
    printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\nprotocol=tcp\n' \
        "$db_host" "$db_port" "$db_user" "$db_password" >"$options"
    echo "$options"
}

require_key() {
    [ -n "$key_file" ] || fail "RENKEI_BACKUP_KEY_FILE is not set (a file holding the symmetric key)"
    [ -r "$key_file" ] || fail "cannot read the key file $key_file"
}

# AES-256 with a key derived from the key file's content (PBKDF2); the same call with -d decrypts.
crypt() {
    openssl enc -aes-256-cbc -pbkdf2 -iter 200000 -md sha256 "$@" -pass "file:$key_file"
}
