package org.backcare.kiosk.settings;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin PIN, stored only as a salted, slow hash (PBKDF2 with HMAC-SHA-256, from the JDK):
 * {@code pbkdf2-sha256$iterations$salt$hash}. There is no PIN that works on every install.
 */
public final class AdminPin {

    public static final int ITERATIONS = 210_000;
    /**
     * A stored hash must use this many iterations or more: fewer would make a stolen settings file
     * quick to try every PIN against…
     */
    public static final int MIN_ITERATIONS = 100_000;
    /** …and at most this many: more would freeze the PIN check for minutes (an edited or hostile file). */
    public static final int MAX_ITERATIONS = 2_000_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AdminPin() {
    }

    /** A PIN is 4 to 12 digits. */
    public static boolean acceptable(String pin) {
        return pin != null && pin.matches("\\d{4,12}");
    }

    public static String hash(String pin) {
        return hash(pin, ITERATIONS);
    }

    /** A hash with the given number of iterations (tests; {@link #looksLikeHash} bounds what is stored). */
    public static String hash(String pin, int iterations) {
        if (!acceptable(pin)) {
            throw new IllegalArgumentException("A PIN is 4 to 12 digits");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(pin, salt, iterations));
    }

    public static boolean matches(String pin, String stored) {
        if (pin == null || !looksLikeHash(stored)) {
            return false;
        }
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(pin, salt, Integer.parseInt(parts[1])));
    }

    public static boolean looksLikeHash(String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        try {
            return parts.length == 4 && parts[0].equals(PREFIX) && iterationsAllowed(parts[1])
                    && Base64.getDecoder().decode(parts[2]).length >= 8 && Base64.getDecoder().decode(parts[3]).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean iterationsAllowed(String text) {
        if (!text.matches("\\d{1,9}")) {
            return false;
        }
        int n = Integer.parseInt(text);
        return n >= MIN_ITERATIONS && n <= MAX_ITERATIONS;
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this Java runtime", e);
        }
    }
}
