package org.vocdesk.publicfeedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The address that the rate limit counts. Without configuration that is the TCP peer. Behind a reverse
 * proxy every customer would share the proxy's address, so {@code vocdesk.public.forwarded-header}
 * (e.g. X-Forwarded-For) can name the header the proxy sets; its last entry is the one the proxy added,
 * the earlier ones come from the client and could be forged. IPv6 clients usually own a whole /64,
 * so they are counted per /64.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "vocdesk.public.forwarded-header")
    Optional<String> forwardedHeader;

    public String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (forwardedHeader.isPresent() && !forwardedHeader.get().isBlank()) {
            String forwarded = request.getHeader(forwardedHeader.get().strip());
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                address = hops[hops.length - 1].strip();
            }
        }
        return normalized(address);
    }

    /** IPv4 as is; IPv6 reduced to its /64 network; anything unparsable as given (it is only a counter key). */
    public static String normalized(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String text = address.strip();
        if (text.indexOf(':') < 0 || !text.matches("\\[?[0-9A-Fa-f:.]+(%[\\w.]+)?]?")) {
            return text;
        }
        try {
            byte[] bytes = InetAddress.getByName(text.replace("[", "").replace("]", "")).getAddress();
            if (bytes.length != 16) {
                return text;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return text;
        }
    }
}
