package th.poverty.console.page;

import io.quarkus.qute.TemplateData;
import th.poverty.area.AreaView;
import th.poverty.console.api.HouseholdApi;
import th.poverty.console.api.PlanApi;
import th.poverty.console.api.ProblemApi;
import th.poverty.console.api.ReportingApi;
import th.poverty.console.api.ServiceProblem;
import th.poverty.console.api.TeamApi;
import th.poverty.console.dashboard.AreaMap;
import th.poverty.console.dashboard.Figure;
import th.poverty.console.dashboard.Trend;
import th.poverty.console.session.DemoPerson;
import th.poverty.console.session.Person;
import th.poverty.domain.Label;

/** The types the pages read, so Qute resolves their properties without reflection. */
@TemplateData(target = Label.class)
@TemplateData(target = AreaView.class)
@TemplateData(target = AreaView.Place.class)
@TemplateData(target = Person.class)
@TemplateData(target = DemoPerson.class)
@TemplateData(target = ServiceProblem.class)
@TemplateData(target = FormState.class)
@TemplateData(target = Figure.class)
@TemplateData(target = AreaMap.class)
@TemplateData(target = AreaMap.Circle.class)
@TemplateData(target = Trend.class)
@TemplateData(target = Trend.Point.class)
@TemplateData(target = ReportingApi.Progress.class)
@TemplateData(target = ReportingApi.ReportArea.class)
@TemplateData(target = ReportingApi.Identified.class)
@TemplateData(target = ReportingApi.Classified.class)
@TemplateData(target = ReportingApi.CarerCoverage.class)
@TemplateData(target = ReportingApi.IncomeUplift.class)
@TemplateData(target = ReportingApi.Assistance.class)
@TemplateData(target = ReportingApi.Step.class)
@TemplateData(target = HouseholdApi.Summary.class)
@TemplateData(target = HouseholdApi.Household.class)
@TemplateData(target = HouseholdApi.Head.class)
@TemplateData(target = HouseholdApi.FamilyFolder.class)
@TemplateData(target = HouseholdApi.Member.class)
@TemplateData(target = HouseholdApi.FolderVisit.class)
@TemplateData(target = HouseholdApi.Assessment.class)
@TemplateData(target = HouseholdApi.Attitude.class)
@TemplateData(target = HouseholdApi.Skills.class)
@TemplateData(target = HouseholdApi.Resources.class)
@TemplateData(target = HouseholdApi.WayOut.class)
@TemplateData(target = HouseholdApi.Causes.class)
@TemplateData(target = HouseholdApi.Classification.class)
@TemplateData(target = TeamApi.CarerRound.class)
@TemplateData(target = TeamApi.Round.class)
@TemplateData(target = th.poverty.console.compass.CompassEditor.class)
@TemplateData(target = PlanApi.Vocabulary.class)
@TemplateData(target = PlanApi.KindOfActivity.class)
@TemplateData(target = PlanApi.Eligibility.class)
@TemplateData(target = PlanApi.Missing.class)
@TemplateData(target = PlanApi.Plan.class)
@TemplateData(target = PlanApi.Content.class)
@TemplateData(target = PlanApi.Goal.class)
@TemplateData(target = PlanApi.Capital.class)
@TemplateData(target = PlanApi.Activity.class)
@TemplateData(target = PlanApi.ActivityProgress.class)
@TemplateData(target = PlanApi.Agreement.class)
@TemplateData(target = PlanApi.Signatory.class)
@TemplateData(target = PlanApi.LatestIncome.class)
@TemplateData(target = PlanApi.VersionEntry.class)
@TemplateData(target = PlanApi.Change.class)
@TemplateData(target = PlanApi.Comparison.class)
@TemplateData(target = th.poverty.console.api.BmnImportApi.Job.class)
@TemplateData(target = th.poverty.console.api.BmnImportApi.Rows.class)
@TemplateData(target = ReportingApi.MonthlyReport.class)
@TemplateData(target = ReportingApi.Closure.class)
@TemplateData(target = ReportingApi.OfficeReport.class)
@TemplateData(target = TeamApi.Load.class)
@TemplateData(target = TeamApi.Awaiting.class)
@TemplateData(target = TeamApi.Proposal.class)
@TemplateData(target = TeamApi.Place.class)
@TemplateData(target = TeamApi.Match.class)
@TemplateData(target = TeamApi.Unmatched.class)
@TemplateData(target = TeamApi.Outcome.class)
@TemplateData(target = TeamApi.Refused.class)
@TemplateData(target = TeamApi.RoleEntry.class)
@TemplateData(target = TeamApi.Due.class)
@TemplateData(target = ReportingApi.Problems.class)
@TemplateData(target = ReportingApi.ProblemCounts.class)
@TemplateData(target = ReportingApi.DimensionProblems.class)
@TemplateData(target = ReportingApi.AgencyProblems.class)
@TemplateData(target = ProblemApi.Problem.class)
@TemplateData(target = ProblemApi.Detail.class)
@TemplateData(target = ProblemApi.ActivityLink.class)
@TemplateData(target = ProblemApi.HelpGiven.class)
@TemplateData(target = ProblemApi.Agency.class)
@TemplateData(target = ProblemApi.AddressedActivity.class)
final class TemplateTypes {

    private TemplateTypes() {
    }
}
