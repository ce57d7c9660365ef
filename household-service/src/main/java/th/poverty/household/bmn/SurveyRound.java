package th.poverty.household.bmn;

/**
 * The rules of one BMN survey year: how many indicators its round has (a failed indicator is
 * named by its number, 1 to {@code indicatorCount}) and the income per person per year below
 * which a household is poor.
 */
record SurveyRound(int surveyYear, int indicatorCount, int incomeThreshold) {
}
