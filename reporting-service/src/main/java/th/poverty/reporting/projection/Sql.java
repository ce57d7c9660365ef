package th.poverty.reporting.projection;

import th.poverty.reporting.rollup.ReportAreas;

/** Statements the live projection and the rebuild share; {@code %s} is the table they write. */
public final class Sql {

    /** Adds to area totals; the parent '' stands for none (the country). */
    public static final String ADD_TO_TOTALS = """
            insert into %s (area_code, measure, parent_code, value)
            select a, m, nullif(p, ''), v
            from (select unnest($1::text[]) as a, unnest($2::text[]) as m, unnest($3::text[]) as p,
                    unnest($4::bigint[]) as v) as c
            on conflict (area_code, measure) do update set value = excluded.value + %1$s.value""";

    public static final String ADD_TO_DAYS = """
            insert into %s (area_code, day, measure, delta)
            select a, d, m, v
            from (select unnest($1::text[]) as a, unnest($2::date[]) as d, unnest($3::text[]) as m,
                    unnest($4::bigint[]) as v) as c
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

    /**
     * Moves every pending area change into the counters: deletes the batches' rows (only those
     * this statement sees, so a batch still committing keeps its own for the next fold), sums their
     * changes per path, rolls each path up to its area at every level, adds the sums to the days
     * and the totals and marks the areas, in area order, for analytics. Returns how many changes
     * it moved.
     */
    public static final String FOLD_PENDING = ("""
            with moved as (
                delete from area_changes_pending
                returning provinces, districts, tambons, villages, days, measures, deltas),
            changes as (
                select unnest(provinces) as province_code, unnest(districts) as district_code,
                       unnest(tambons) as tambon_code, unnest(villages) as village_code, unnest(days) as day,
                       unnest(measures) as measure, unnest(deltas) as delta
                from moved),
            paths as (
                select province_code, district_code, tambon_code, village_code, day, measure, sum(delta) as delta
                from changes group by province_code, district_code, tambon_code, village_code, day, measure),
            rolled as (
                select a.code, min(a.parent) as parent, m.day, m.measure, sum(m.delta)::bigint as delta
                from paths m cross join lateral (values ('%1$s', null), (m.province_code, '%1$s'),
                    (m.district_code, m.province_code), (m.tambon_code, m.district_code),
                    (m.village_code, m.tambon_code)) as a (code, parent)
                where a.code is not null
                group by a.code, m.day, m.measure
                having sum(m.delta) <> 0),
            days as (
                insert into area_daily (area_code, day, measure, delta)
                select code, day, measure, delta from rolled
                on conflict (area_code, day, measure) do update set delta = excluded.delta + area_daily.delta),
            totals as (
                insert into area_totals (area_code, measure, parent_code, value)
                select code, measure, min(parent), sum(delta) from rolled group by code, measure having sum(delta) <> 0
                on conflict (area_code, measure) do update set value = excluded.value + area_totals.value),
            marked as (
                insert into area_progress_outbox (area_code, changed_at, due_at)
                select code, t, t from (select distinct code from rolled) c, clock_timestamp() as t order by code
            """ + MARK_CHANGED_ON_CONFLICT + """
            )
            select count(*) from changes""").formatted(ReportAreas.COUNTRY);

    private Sql() {
    }

    /** The same statement for JDBC, whose parameters are positional. */
    public static String jdbc(String statement) {
        return statement.replaceAll("\\$\\d+", "?");
    }
}
