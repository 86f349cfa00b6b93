package org.vocdesk.notification.control;

import java.lang.management.ManagementFactory;

/** This server process ("pid@host"), recorded on claimed rows so an administrator sees who took them. */
public final class NodeName {

    private static final String NAME = abbreviate(ManagementFactory.getRuntimeMXBean().getName());

    private NodeName() {
    }

    public static String get() {
        return NAME;
    }

    private static String abbreviate(String name) {
        return name.length() <= 100 ? name : name.substring(0, 100);
    }
}
