package org.vocdesk.identity.control;

import org.vocdesk.platform.entity.BusinessException;

import java.security.SecureRandom;

/** What a password must be, and how random ones (first administrator, demo users) are made. */
public final class PasswordPolicy {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < 10 || password.length() > 200
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw BusinessException.invalidField("password", "identity.user.passwordWeak");
        }
    }

    public static String random() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.append(RANDOM.nextInt(10)).toString();
    }
}
