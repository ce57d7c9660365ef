package th.poverty.domain;

/**
 * A code of the domain's vocabulary with the Thai label users type and expect, and an English
 * one. An enum keeps its {@link Label}, made in its constructor: {@code new Label(name(), th, en)}.
 */
public interface Labelled {

    String name();

    /** The code with its labels, as the API shows it. */
    Label label();

    default String labelTh() {
        return label().th();
    }

    default String labelEn() {
        return label().en();
    }
}
