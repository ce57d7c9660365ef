package th.poverty.reporting.projection;

/** Statements the live projection and the rebuild share; {@code %s} is the table they write. */
public final class Sql {

    /** Adds to area totals; the parent '' stands for none (the country). */
    public static final String ADD_TO_TOTALS = """
            insert into %s (area_code, measure, parent_code, value)
            select a, m, nullif(p, ''), v
            from unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) with ordinality as c (a, m, p, v, n)
            order by n
            on conflict (area_code, measure) do update set value = excluded.value + %1$s.value""";

    public static final String ADD_TO_DAYS = """
            insert into %s (area_code, day, measure, delta)
            select a, d, m, v
            from unnest($1::text[], $2::date[], $3::text[], $4::bigint[]) with ordinality as c (a, d, m, v, n)
            order by n
            on conflict (area_code, day, measure) do update set delta = excluded.delta + %1$s.delta""";

    static final String MARK_CHANGED = """
            insert into area_progress_outbox (area_code, changed_at)
            select a, clock_timestamp() from unnest($1::text[]) with ordinality as c (a, n) order by n
            on conflict (area_code) do update set changed_at = excluded.changed_at""";

    private Sql() {
    }

    /** The same statement for JDBC, whose parameters are positional. */
    public static String jdbc(String statement) {
        return statement.replaceAll("\\$\\d+", "?");
    }
}
