package th.poverty.domain;

/** A code of the domain's vocabulary with the Thai label users type and expect, and an English one. */
public interface Labelled {

    String name();

    String labelTh();

    String labelEn();

    /** The code with its labels, as the API shows it. */
    default Label label() {
        return new Label(name(), labelTh(), labelEn());
    }
}
