package th.poverty.console.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.area.AreaPoints;
import th.poverty.console.api.ReportingApi;
import th.poverty.console.page.Pages;
import th.poverty.domain.Thailand;

/**
 * An area's overview for the province, the governor's centre, the ministry and analysts: the
 * funnel, the areas below (drill-down), their map, trends by month, carers against the cap and
 * assistance by agency, and the BMN indicators its households fail. Figures only: no household,
 * no personal data.
 */
@TemplateData(target = ReportingApi.FailingIndicator.class)
@Path("/areas/{code}")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    private final Template dashboard;
    private final Pages pages;
    private final ReportingApi reporting;
    private final Clock clock;
    private final ObjectMapper json;

    public DashboardResource(@Location("dashboard.html") Template dashboard, Pages pages, @RestClient ReportingApi reporting,
                             Clock clock, ObjectMapper json) {
        this.dashboard = dashboard;
        this.pages = pages;
        this.reporting = reporting;
        this.clock = clock;
        this.json = json;
    }

    @GET
    public Uni<TemplateInstance> overview(@PathParam("code") String code, @QueryParam("figure") String figureName) {
        Figure figure = Figure.parse(figureName);
        List<LocalDate> days = Trend.days(Thailand.today(clock));
        Locale locale = pages.locale();
        List<Uni<Trend.Point>> months = new ArrayList<>();
        for (LocalDate day : days) {
            months.add(reporting.progress(code, day).map(progress -> Trend.Point.of(day, progress, locale)));
        }
        Uni<Trend> trend = Uni.join().all(months).andFailFast().map(Trend::new);
        return Uni.combine().all().unis(reporting.progress(code, null), reporting.children(code), trend)
                .with((progress, children, months12) -> pages.of(dashboard)
                        .data("progress", progress)
                        .data("children", children.children())
                        .data("figure", figure)
                        .data("figures", Figure.values())
                        .data("map", AreaMap.of(children.children(), figure, AreaPoints.thailand()))
                        .data("trend", months12)
                        .data("trendJson", chartData(months12)));
    }

    /** The trend for the chart script, which reads it from a JSON block (scripts inline are not allowed). */
    private String chartData(Trend trend) {
        try {
            return json.writeValueAsString(trend.months());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
