package th.poverty.plan.compass;

/** An official or community leader of the team who signed the MOU, e.g. the carer; named in office. */
public record TeamSignatory(String name, String position) {
}
