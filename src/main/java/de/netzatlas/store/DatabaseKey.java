package de.netzatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The password of an encrypted database file (H2 {@code CIPHER=AES}, decision 0025), or none. It is
 * held in a {@code char[]} only, never in a {@code String}, and cleared by {@link #close()}; its
 * {@link #toString()} never shows it. The owner of the {@link Database} that uses it keeps it until
 * the database is closed (backups are verified and compacted with it).
 */
public final class DatabaseKey implements AutoCloseable {

    /** Shortest password {@code db encrypt} and {@code db passwd} accept. */
    public static final int MIN_LENGTH = 8;
    /** How H2's {@code FileEncrypt} starts an encrypted file. */
    private static final String ENCRYPTED_MAGIC = "H2encrypt\n";

    private final char[] password;

    private DatabaseKey(char[] password) {
        this.password = password;
    }

    public static DatabaseKey none() {
        return new DatabaseKey(null);
    }

    /** A key holding a copy of {@code password} (the caller clears its own array). */
    public static DatabaseKey of(char[] password) {
        if (password.length == 0) {
            throw new StoreException("Das Passwort für die Datenbank ist leer.");
        }
        for (char c : password) {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new StoreException("Das Passwort für die Datenbank darf keine Leerzeichen oder Steuerzeichen enthalten.");
            }
        }
        return new DatabaseKey(password.clone());
    }

    /** A copy of this key (its own array, closed separately). */
    public DatabaseKey copy() {
        return password == null ? none() : new DatabaseKey(password.clone());
    }

    public boolean present() {
        return password != null;
    }

    /**
     * Reads the first line of a UTF-8 password file. The file must be readable by its owner only
     * where POSIX permissions exist ({@link PasswordFileException} otherwise). No {@code String} of the
     * password is made.
     */
    public static DatabaseKey fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PasswordFileException("Die Passwortdatei „" + file.toAbsolutePath() + "“ gibt es nicht.");
        }
        if (PrivateFiles.readableByOthers(file)) {
            throw new PasswordFileException("Die Passwortdatei „" + file.toAbsolutePath() + "“ ist auch für Gruppe oder andere "
                    + "lesbar. Bitte nur für den Benutzer lesbar machen (chmod 600 „" + file.toAbsolutePath() + "“).");
        }
        byte[] bytes = null;
        char[] chars = null;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(4096);
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            int start = end >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start));
            chars = new char[decoded.remaining()];
            decoded.get(chars);
            Arrays.fill(decoded.array(), '\0');
            if (chars.length == 0) {
                throw new PasswordFileException("Die Passwortdatei „" + file.toAbsolutePath() + "“ enthält in der ersten Zeile kein Passwort.");
            }
            try {
                return of(chars);
            } catch (StoreException e) {
                throw new PasswordFileException(e.getMessage() + " (Passwortdatei „" + file.toAbsolutePath() + "“)");
            }
        } catch (CharacterCodingException e) {
            throw new PasswordFileException("Die Passwortdatei „" + file.toAbsolutePath() + "“ ist kein UTF-8-Text.");
        } catch (IOException e) {
            throw new PasswordFileException("Die Passwortdatei „" + file.toAbsolutePath() + "“ kann nicht gelesen werden: "
                    + StoreMessages.german(e));
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
            if (chars != null) {
                Arrays.fill(chars, '\0');
            }
        }
    }

    /** A new password must be long enough ({@code db encrypt}, {@code db passwd}). */
    public DatabaseKey requireStrongEnough() {
        if (password == null || password.length < MIN_LENGTH) {
            throw new PasswordFileException("Das neue Passwort ist zu kurz: mindestens " + MIN_LENGTH + " Zeichen.");
        }
        return this;
    }

    /** Whether both keys hold the same password (none equals none). */
    public boolean samePassword(DatabaseKey other) {
        if (password == null || other.password == null) {
            return password == other.password;
        }
        int diff = password.length ^ other.password.length;
        for (int i = 0; i < Math.min(password.length, other.password.length); i++) {
            diff |= password[i] ^ other.password[i];
        }
        return diff == 0;
    }

    /** Whether {@code file} is an H2 file encrypted with {@code CIPHER=AES} (H2's {@code FileEncrypt} header). */
    public static boolean isEncrypted(Path file) {
        byte[] magic = ENCRYPTED_MAGIC.getBytes(StandardCharsets.US_ASCII);
        byte[] head = new byte[magic.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, magic);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether this password decrypts the encrypted {@code file}: its MVStore header (the first block
     * behind H2's encryption header, stored twice) must read as {@code H:2,}. A wrong password yields
     * random bytes there. Reads only.
     */
    boolean decrypts(Path file) {
        char[] key = mvStoreKey();
        byte[] bytes = org.h2.store.fs.encrypt.FilePathEncrypt.getPasswordBytes(key);
        Arrays.fill(key, '\0');
        try (java.nio.channels.FileChannel base = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            org.h2.store.fs.encrypt.FileEncrypt encrypted = new org.h2.store.fs.encrypt.FileEncrypt(file.toString(), bytes, base);
            for (long block : new long[] {0, 4096}) {
                ByteBuffer head = ByteBuffer.allocate(4);
                if (encrypted.read(head, block) == 4 && new String(head.array(), StandardCharsets.ISO_8859_1).equals("H:2,")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** H2's JDBC password: {@code "<file password> <user password>"}; the user password is empty. */
    char[] jdbcPassword() {
        if (password == null) {
            return new char[0];
        }
        char[] p = Arrays.copyOf(password, password.length + 1);
        p[password.length] = ' ';
        return p;
    }

    /** The file password alone (for H2's {@code ChangeFileEncryption}); the caller clears it. */
    char[] filePassword() {
        return password == null ? null : password.clone();
    }

    /**
     * The key the MVStore of an H2 database opened with {@code CIPHER=AES} and this file password uses
     * (what H2 2.5.252 derives: {@code ConnectionInfo} keeps {@code FilePathEncrypt.getPasswordBytes}
     * of the file password, {@code Store.decodePassword} turns it back into chars); null if none.
     */
    char[] mvStoreKey() {
        if (password == null) {
            return null;
        }
        byte[] bytes = org.h2.store.fs.encrypt.FilePathEncrypt.getPasswordBytes(password.clone());
        char[] key = new char[bytes.length / 2];
        for (int i = 0; i < key.length; i++) {
            key[i] = (char) (((bytes[i + i] & 255) << 16) | (bytes[i + i + 1] & 255));
        }
        Arrays.fill(bytes, (byte) 0);
        return key;
    }

    @Override
    public void close() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String toString() {
        return present() ? "DatabaseKey[Passwort]" : "DatabaseKey[ohne]";
    }

    /** A password file that is missing, unreadable, empty or readable by others (exit 2 on the CLI). */
    public static final class PasswordFileException extends StoreException {
        private static final long serialVersionUID = 1L;

        public PasswordFileException(String message) {
            super(message);
        }
    }
}
