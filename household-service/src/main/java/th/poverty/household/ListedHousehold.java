package th.poverty.household;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A household as the search lists it: the columns of the read model that {@link HouseholdSearch}
 * pages through. Read-only: the projection writes the table, with its events, through the SQL
 * client (ADR 3).
 */
@Entity
@Immutable
@Table(name = "households")
public class ListedHousehold extends PanacheEntityBase {

    @Id
    @Column(name = "household_id")
    public String householdId;

    public String status;

    @Column(name = "care_group")
    public String careGroup;

    public String source;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "tambon_code")
    public String tambonCode;

    @Column(name = "village_code")
    public String villageCode;

    @Column(name = "identified_on")
    public LocalDate identifiedOn;

    public long version;

    HouseholdSearch.Summary summary() {
        return new HouseholdSearch.Summary(householdId, status, careGroup, source, provinceCode, districtCode, tambonCode,
                villageCode, identifiedOn, version);
    }
}
