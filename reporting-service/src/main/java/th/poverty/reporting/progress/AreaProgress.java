package th.poverty.reporting.progress;

import th.poverty.reporting.rollup.ReportArea;

/** How far an area has come: the households identified in it, in total and by source. */
public record AreaProgress(ReportArea area, Identified identified) {

    /** Households identified (step 1, ชี้เป้าชีวิต): from the BMN survey (จปฐ.) or a community forum (เวทีประชาคม). */
    public record Identified(long total, long bmnSurvey, long communityForum) {
    }

    static AreaProgress of(ReportArea area, Counts counts) {
        return new AreaProgress(area, new Identified(counts.of(Measure.IDENTIFIED), counts.of(Measure.IDENTIFIED_BMN_SURVEY),
                counts.of(Measure.IDENTIFIED_COMMUNITY_FORUM)));
    }
}
