package th.poverty.team;

/** A code with its Thai and English labels, as the API shows every coded value. */
public record Label(String code, String th, String en) {
}
