package org.famstruct.model;

/** The literature of PATTERNS.md ("Sources"), cited the same way by every detector. */
public final class References {
    public static final String MINUCHIN_1974 = "Minuchin, S. (1974). Families and Family Therapy. Harvard University Press.";
    public static final String MINUCHIN_ROSMAN_BAKER_1978 = "Minuchin, S., Rosman, B. L., & Baker, L. (1978). "
            + "Psychosomatic Families. Harvard University Press.";
    public static final String HALEY_1967 = "Haley, J. (1967). Toward a theory of pathological systems. "
            + "In Watzlawick & Weakland (Eds.).";
    public static final String BOWEN_1978 = "Bowen, M. (1978). Family Therapy in Clinical Practice. Jason Aronson.";
    public static final String BOSZORMENYI_NAGY_SPARK_1973 = "Boszormenyi-Nagy, I., & Spark, G. (1973). "
            + "Invisible Loyalties. Harper & Row.";
    public static final String SZAPOCZNIK_2003 = "Szapocznik, J., Hervis, O., & Schwartz, S. (2003). Brief Strategic "
            + "Family Therapy for Adolescent Drug Abuse (NIDA Therapy Manuals for Drug Addiction, Manual 5).";
    public static final String GEHRING_MARTI_1993 = "Gehring, T. M., & Marti, D. (1993). The Family System Test (FAST).";
    public static final String MCGOLDRICK_2008 = "McGoldrick, M., Gerson, R., & Petry, S. (2008). Genograms: "
            + "Assessment and Intervention (3rd ed.).";
    public static final String CARTWRIGHT_HARARY_1956 = "Cartwright, D., & Harary, F. (1956). Structural balance: "
            + "a generalization of Heider's theory. Psychological Review, 63(5), 277–293.";

    private References() {}
}
