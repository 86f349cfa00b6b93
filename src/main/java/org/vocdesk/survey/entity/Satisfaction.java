package org.vocdesk.survey.entity;

/**
 * The four levels of the survey templates, used both for one rated item and for the band of a total score.
 * An item's points lie inside its own band, so a customer who answers every item with one level gets a total
 * in that same band.
 */
public enum Satisfaction {
    VERY_SATISFIED(100),
    SATISFIED(92),
    BASICALLY_SATISFIED(85),
    NOT_SATISFIED(60);

    private final int points;

    Satisfaction(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
