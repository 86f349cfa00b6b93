package org.vocdesk.demo.control;

/**
 * One text in both languages, optionally tied to a complaint category code. Texts may hold the
 * placeholders {product}, {qty}, {batch} and {order}.
 */
public record Bilingual(String category, String zh, String en) {

    public static Bilingual of(String zh, String en) {
        return new Bilingual(null, zh, en);
    }

    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
