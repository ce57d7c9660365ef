package th.poverty.web;

import th.poverty.domain.Page;

/** The page size a list request asks for, defaulted and bounded (400 beyond the bound). */
public final class PageSize {

    private PageSize() {
    }

    public static int of(Integer requested) {
        if (requested == null) {
            return Page.DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > Page.MAX_LIMIT) {
            throw ProblemException.badRequest("limit", "limit must be between 1 and " + Page.MAX_LIMIT);
        }
        return requested;
    }
}
