/**
 * The BMN survey's indicator sets, one per round, shipped as data ({@code bmn-indicators.csv}):
 * what a failed indicator is called, its category and the dimension it is a problem in. Plain
 * Java, immutable and thread-safe.
 */
package th.poverty.survey;
