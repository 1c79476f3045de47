package org.famstruct.model;

public enum Valence {
    POSITIVE(1), NEUTRAL(0), NEGATIVE(-1);

    private final int sign;

    Valence(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }
}
