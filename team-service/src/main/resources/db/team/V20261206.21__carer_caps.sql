-- One carer for three households "for example" (๑ ต่อ ๓ ครัวเรือน เป็นต้น): three by default, and a
-- province may set another cap from a date on (CarerCapSet). carer_cap is the cap in force in a
-- province on a day.
create table carer_caps (
    province_code  text    not null,
    effective_from date    not null,
    households     integer not null check (households between 1 and 10),
    primary key (province_code, effective_from)
);

create function carer_cap(province text, on_day date) returns integer language sql stable as $$
    select coalesce((select households from carer_caps
                     where province_code = province and effective_from <= on_day
                     order by effective_from desc limit 1), 3)
$$;

-- The database's second line of defence follows the cap in force on the assignment's day. Only a
-- new active assignment is checked: a cap lowered below a carer's load releases no one.
alter table carers drop constraint carer_cares_for_at_most_three;
alter table carers add constraint carer_households_not_negative check (active_households >= 0);

create or replace function care_assignments_count_active() returns trigger language plpgsql as $$
declare
    delta  int := 0;
    caring int;
    cap    int;
begin
    if tg_op in ('INSERT', 'UPDATE') and new.released_on is null then
        delta := delta + 1;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.released_on is null then
        delta := delta - 1;
    end if;
    if delta <> 0 then
        update carers set active_households = active_households + delta
        where carer_id = coalesce(new.carer_id, old.carer_id)
        returning active_households, carer_cap(province_code, new.assigned_on) into caring, cap;
        if delta > 0 and caring > cap then
            raise exception 'carer % would care for % households, over the cap of %', new.carer_id, caring, cap
                using errcode = 'check_violation', constraint = 'carer_cares_for_at_most_the_cap';
        end if;
    end if;
    return null;
end
$$;
