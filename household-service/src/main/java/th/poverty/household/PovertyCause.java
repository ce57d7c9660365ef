package th.poverty.household;

import th.poverty.domain.Dimension;
import th.poverty.domain.FreeText;

/**
 * One cause or condition of a household's poverty, filed under one of the five dimensions
 * users know from TPMAP and ThaiQM, so each problem can be routed to the agency responsible.
 */
public record PovertyCause(Dimension dimension, @FreeText String description) {
}
