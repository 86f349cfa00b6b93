package org.vocdesk.audit.control;

import jakarta.enterprise.context.RequestScoped;
import org.vocdesk.audit.entity.Channel;

/** Where the current request comes from, noted by {@link OriginFilter} for the revisions it writes. */
@RequestScoped
public class RequestOrigin {

    private Channel channel = Channel.SYSTEM;
    private String address;

    void note(Channel channel, String address) {
        this.channel = channel;
        this.address = address;
    }

    public Channel channel() {
        return channel;
    }

    public String address() {
        return address;
    }
}
