package th.poverty.reporting.projection;

/** Statements the live projection and the rebuild share; {@code %s} is the table they write. */
public final class Sql {

    /** Adds to area totals; the parent '' stands for none (the country). */
    public static final String ADD_TO_TOTALS = """
            insert into %s (area_code, measure, parent_code, value)
            select a, m, nullif(p, ''), v
            from unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) as c (a, m, p, v)
            on conflict (area_code, measure) do update set value = excluded.value + %1$s.value""";

    public static final String ADD_TO_DAYS = """
            insert into %s (area_code, day, measure, delta)
            select a, d, m, v
            from unnest($1::text[], $2::date[], $3::text[], $4::bigint[]) as c (a, d, m, v)
            on conflict (area_code, day, measure) do update set delta = excluded.delta + %1$s.delta""";

    /**
     * Marks areas for the analytics relay, due at once unless the area went out less than an
     * interval ago; a mark already owed keeps its due time, so a busy area is never put off.
     */
    public static final String MARK_CHANGED_ON_CONFLICT = """
            on conflict (area_code) do update set changed_at = excluded.changed_at,
                due_at = coalesce(area_progress_outbox.due_at,
                                  greatest(excluded.due_at, area_progress_outbox.not_before))""";

    public static final String MARK_CHANGED = """
            insert into area_progress_outbox (area_code, changed_at, due_at)
            select a, t, t from unnest($1::text[]) with ordinality as c (a, n), clock_timestamp() as t order by n
            """ + MARK_CHANGED_ON_CONFLICT;

    private Sql() {
    }

    /** The same statement for JDBC, whose parameters are positional. */
    public static String jdbc(String statement) {
        return statement.replaceAll("\\$\\d+", "?");
    }
}
