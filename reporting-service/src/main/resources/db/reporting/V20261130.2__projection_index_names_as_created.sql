-- Rebuilds before this version left their own names on the tables they switched in
-- (households_next_pkey1, area_totals_next_parent_code_idx1, ...); a rebuild now keeps the live
-- names. This gives every projection table its key's and indexes' names as first created.
do $$
declare
    index record;
begin
    for index in
        select i.relname as name,
               case when x.indisprimary then t.relname || '_pkey' else 'area_totals_children' end as wanted
        from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
        where t.relname in ('event_log', 'households', 'carers', 'area_totals', 'area_daily')
          and (x.indisprimary or (t.relname = 'area_totals'
                                  and pg_get_indexdef(x.indexrelid) like '%USING btree (parent_code)'))
    loop
        if index.name <> index.wanted then
            execute format('alter index %I rename to %I', index.name, index.wanted);
        end if;
    end loop;
end
$$;
