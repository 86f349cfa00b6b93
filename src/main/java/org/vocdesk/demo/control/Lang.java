package org.vocdesk.demo.control;

/** The language a demo customer writes in; the whole record (words, replies, comments) follows it. */
public enum Lang {
    ZH, EN
}
