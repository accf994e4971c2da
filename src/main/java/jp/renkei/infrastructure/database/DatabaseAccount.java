package jp.renkei.infrastructure.database;

/** A database user name and password. */
record DatabaseAccount(String user, String password) {

    DatabaseAccount {
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "DatabaseAccount[" + user + "]";
    }
}
