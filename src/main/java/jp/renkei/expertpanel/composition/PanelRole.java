package jp.renkei.expertpanel.composition;

/**
 * The member categories (ア)–(キ) of the MHLW requirements for an expert panel (課長通知「エキスパートパネルの
 * 実施要件について」). A person may hold several; which of them may be combined depends on the rule set.
 */
public enum PanelRole {
    /** (ア) cancer drug therapy, full-time physicians of different specialties. */
    A("ア", "panel.composition.shortfall.A"),
    /** (イ) medical genetics physician. */
    B("イ", "panel.composition.shortfall.B"),
    /** (ウ) genetic counseling expert. */
    C("ウ", "panel.composition.shortfall.C"),
    /** (エ) full-time pathologist. */
    D("エ", "panel.composition.shortfall.D"),
    /** (オ) molecular genetics / cancer genomics expert. */
    E("オ", "panel.composition.shortfall.E"),
    /** (カ) bioinformatics expert, when sequencing is done in-house. */
    F("カ", "panel.composition.shortfall.F"),
    /** (キ) pediatric-oncology physician with panel experience, for pediatric cases. */
    G("キ", "panel.composition.shortfall.G");

    private final String kana;
    private final String shortfallKey;

    PanelRole(String kana, String shortfallKey) {
        this.kana = kana;
        this.shortfallKey = shortfallKey;
    }

    /** "(ア)" as the requirements write it. */
    public String label() {
        return "（" + kana + "）";
    }

    /** Message saying this category is short: arguments needed, present. */
    String shortfallKey() {
        return shortfallKey;
    }
}
