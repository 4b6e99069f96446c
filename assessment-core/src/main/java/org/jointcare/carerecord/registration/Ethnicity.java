package org.jointcare.carerecord.registration;

/**
 * The person's ethnic group as they state it, in the nineteen categories of the 2021 census for
 * England and Wales, or that they would rather not say.
 */
public enum Ethnicity {
    WHITE_BRITISH("White: English, Welsh, Scottish, Northern Irish or British"),
    WHITE_IRISH("White: Irish"),
    WHITE_GYPSY_OR_IRISH_TRAVELLER("White: Gypsy or Irish Traveller"),
    WHITE_ROMA("White: Roma"),
    WHITE_OTHER("White: any other White background"),
    MIXED_WHITE_AND_BLACK_CARIBBEAN("Mixed or multiple ethnic groups: White and Black Caribbean"),
    MIXED_WHITE_AND_BLACK_AFRICAN("Mixed or multiple ethnic groups: White and Black African"),
    MIXED_WHITE_AND_ASIAN("Mixed or multiple ethnic groups: White and Asian"),
    MIXED_OTHER("Mixed or multiple ethnic groups: any other Mixed or multiple ethnic background"),
    ASIAN_INDIAN("Asian or Asian British: Indian"),
    ASIAN_PAKISTANI("Asian or Asian British: Pakistani"),
    ASIAN_BANGLADESHI("Asian or Asian British: Bangladeshi"),
    ASIAN_CHINESE("Asian or Asian British: Chinese"),
    ASIAN_OTHER("Asian or Asian British: any other Asian background"),
    BLACK_CARIBBEAN("Black, Black British, Caribbean or African: Caribbean"),
    BLACK_AFRICAN("Black, Black British, Caribbean or African: African"),
    BLACK_OTHER("Black, Black British, Caribbean or African: any other Black, Black British or Caribbean background"),
    ARAB("Other ethnic group: Arab"),
    OTHER_ETHNIC_GROUP("Other ethnic group: any other ethnic group"),
    /** Asked, and would rather not say (not the same as not asked: that is no value at all). */
    PREFERS_NOT_TO_SAY("Prefers not to say");

    private final String words;

    Ethnicity(String words) {
        this.words = words;
    }

    /** The category in words, its group first, as a form offers it. */
    public String words() {
        return words;
    }
}
