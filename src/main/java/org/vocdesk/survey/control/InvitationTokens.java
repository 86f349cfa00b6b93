package org.vocdesk.survey.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Personal survey tokens: 32 random bytes (256 bits) in URL-safe Base64, so they cannot be guessed. */
public final class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private InvitationTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A string that cannot be a token is refused before any database look-up. */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }
}
