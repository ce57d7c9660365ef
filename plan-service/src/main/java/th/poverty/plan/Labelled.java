package th.poverty.plan;

/** A code of the domain's vocabulary with the Thai label users type and expect, and an English one. */
public interface Labelled {

    String name();

    String labelTh();

    String labelEn();
}
