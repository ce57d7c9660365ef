package th.poverty.team.villages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.Rejection;
import th.poverty.eventstore.StreamVersionConflict;
import th.poverty.team.villages.VillageEvent.VillageRegistered;
import th.poverty.team.villages.VillageList.Refusal;
import th.poverty.team.villages.VillageList.Row;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;

/**
 * A province office loads its village list: every readable row inside the province is decided by
 * its village (registered, renamed, or unchanged), all in one transaction, and every other row is
 * reported with its number and why. Uploading the same list again changes nothing; a village the
 * list leaves out stays registered and is named in the answer, for the district to retire if it
 * no longer exists.
 */
@ApplicationScoped
public class VillageListUpload {

    /** The why of the list's events: the province's list itself. */
    static final String REASON = "บัญชีหมู่บ้านของจังหวัด (province village list)";

    private final Villages villages;
    private final Areas areas;
    private final Pool pool;

    public VillageListUpload(Villages villages, Areas areas, Pool pool) {
        this.villages = villages;
        this.areas = areas;
        this.pool = pool;
    }

    /**
     * What the list did, or with {@code dryRun} would do.
     *
     * @param notInFile the province's active villages the list does not name
     */
    public record Outcome(String provinceCode, boolean dryRun, int rows, int registered, int renamed, int unchanged,
                          List<Refusal> refused, List<String> notInFile) {
    }

    private record Decided(Row row, Decision<VillageEvent> decision) {
    }

    public Uni<Outcome> upload(AreaPath province, byte[] file, Caller caller, boolean dryRun) {
        VillageList list = VillageList.read(file);
        List<Refusal> refused = new ArrayList<>(list.refused());
        List<Row> rows = inProvince(list.rows(), province.province(), refused);
        Caller by = caller.value();
        return pool.withTransaction(tx -> tx.preparedQuery("select pg_advisory_xact_lock(hashtextextended($1, 0))")
                        .execute(Tuple.of("village-list:" + province.province()))
                        .chain(() -> Multi.createFrom().iterable(rows)
                                .onItem().transformToUniAndConcatenate(row -> villages.listed(tx, row.villageCode(),
                                                row.nameTh(), row.nameEn(), by.metadata(REASON, row.villageCode()), dryRun)
                                        .map(decision -> new Decided(row, decision)))
                                .collect().asList())
                        .flatMap(decided -> VillageRegistry.activeOutside(tx, province.province(),
                                        list.rows().stream().map(Row::villageCode).toList())
                                .map(notInFile -> outcome(province.province(), dryRun, list, decided, refused, notInFile))))
                .onFailure(StreamVersionConflict.class).transform(conflict -> ProblemException.rejected(
                        "list-changed-meanwhile", "Changed while the list was applied", "Village "
                                + ((StreamVersionConflict) conflict).streamId() + " changed while the list was applied, "
                                + "so nothing was written: upload the list again"));
    }

    /** The rows for this province, each village once: a code listed twice is left out at every row it is on. */
    private List<Row> inProvince(List<Row> rows, String provinceCode, List<Refusal> refused) {
        Map<String, List<Integer>> rowsOf = new HashMap<>();
        rows.forEach(row -> rowsOf.computeIfAbsent(row.villageCode(), code -> new ArrayList<>()).add(row.row()));
        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            String code = row.villageCode();
            String province = areas.pathOf(code).map(AreaPath::province)
                    .orElse(code.substring(0, AreaLevel.PROVINCE.codeLength()));
            if (!province.equals(provinceCode)) {
                refused.add(new Refusal(row.row(), code, VillageList.VILLAGE_CODE, "outside-province", "Village " + code
                        + " lies in province " + province + ", not in " + provinceCode + ": each province loads its own list"));
            } else if (rowsOf.get(code).size() > 1) {
                refused.add(new Refusal(row.row(), code, VillageList.VILLAGE_CODE, "listed-twice", "Village " + code
                        + " is on rows " + rowsOf.get(code) + ": keep the one row that is right"));
            } else {
                kept.add(row);
            }
        }
        return kept;
    }

    private static Outcome outcome(String provinceCode, boolean dryRun, VillageList list, List<Decided> decided,
                                   List<Refusal> refused, List<String> notInFile) {
        int registered = 0;
        int renamed = 0;
        int unchanged = 0;
        List<Refusal> all = new ArrayList<>(refused);
        for (Decided d : decided) {
            switch (d.decision()) {
                case Decision.Accepted<VillageEvent> accepted when accepted.events().isEmpty() -> unchanged++;
                case Decision.Accepted<VillageEvent> accepted when accepted.events().getFirst() instanceof VillageRegistered ->
                        registered++;
                case Decision.Accepted<VillageEvent> accepted -> renamed++;
                case Decision.Rejected<VillageEvent> rejected -> all.add(refusal(d.row(), rejected.rejection()));
            }
        }
        all.sort(Comparator.comparingInt(Refusal::row));
        return new Outcome(provinceCode, dryRun, list.rows().size() + list.refused().size(), registered, renamed, unchanged,
                List.copyOf(all), notInFile);
    }

    /** A row the village refused, naming the list's column rather than the API's field. */
    private static Refusal refusal(Row row, Rejection rejection) {
        String column = rejection.field() == null ? null : switch (rejection.field()) {
            case "nameTh" -> VillageList.NAME_TH;
            case "nameEn" -> VillageList.NAME_EN;
            default -> VillageList.VILLAGE_CODE;
        };
        return new Refusal(row.row(), row.villageCode(), column, rejection.code(), rejection.message());
    }
}
