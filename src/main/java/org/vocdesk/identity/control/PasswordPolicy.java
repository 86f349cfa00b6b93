package org.vocdesk.identity.control;

import org.eclipse.microprofile.config.ConfigProvider;
import org.vocdesk.platform.entity.BusinessException;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * What a password must be, checked on every set and change: a minimum length, a mix of character classes
 * (lower-case, upper-case, digits, other) and not containing the user name. Length and number of classes
 * come from MicroProfile Config ({@code vocdesk.password.min-length}, {@code vocdesk.password.min-classes}).
 * Also makes the random passwords of the first administrator and demo users.
 */
public final class PasswordPolicy {

    /** PBKDF2 over a megabyte is a denial of service, so there is an upper bound too. */
    public static final int MAX_LENGTH = 200;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int minLength;
    private final int minClasses;

    public PasswordPolicy(int minLength, int minClasses) {
        this.minLength = Math.max(8, Math.min(minLength, MAX_LENGTH));
        this.minClasses = Math.max(1, Math.min(minClasses, 4));
    }

    /** The policy as configured (defaults: 10 characters, 3 classes). */
    public static PasswordPolicy configured() {
        var config = ConfigProvider.getConfig();
        return new PasswordPolicy(config.getOptionalValue("vocdesk.password.min-length", Integer.class).orElse(10),
                config.getOptionalValue("vocdesk.password.min-classes", Integer.class).orElse(3));
    }

    /** Throws a BusinessException on the field "password" with the first rule broken. */
    public void check(String password, String username) {
        if (password == null || password.length() < minLength) {
            throw BusinessException.invalidField("password", "identity.password.tooShort", minLength);
        }
        if (password.length() > MAX_LENGTH) {
            throw BusinessException.invalidField("password", "identity.password.tooLong", MAX_LENGTH);
        }
        if (classes(password) < minClasses) {
            throw BusinessException.invalidField("password", "identity.password.classes", minClasses);
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw BusinessException.invalidField("password", "identity.password.containsUsername");
        }
    }

    static int classes(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c)) upper = true;
            else if (Character.isDigit(c)) digit = true;
            else other = true;
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    public int minLength() { return minLength; }

    public int minClasses() { return minClasses; }

    /** All four classes, so it passes any configured policy. */
    public static String random() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.append("Aa").append(RANDOM.nextInt(10)).append('-').toString();
    }
}
