package th.poverty.household.tpmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import th.poverty.household.bmn.BmnImportConfig;
import th.poverty.household.bmn.UploadLimit;
import th.poverty.web.LargeBodies;

/** A TPMAP list may be as large as a survey file: refused over the limit before it is read, as one is. */
@ApplicationScoped
public class TpmapUploadLimit implements LargeBodies {

    private final long limit;
    private final ObjectMapper mapper;

    public TpmapUploadLimit(BmnImportConfig config, ObjectMapper mapper) {
        this.limit = config.maxUploadSize().asLongValue();
        this.mapper = mapper;
    }

    @Override
    public String path() {
        return TpmapImportResource.PATH;
    }

    void install(@Observes Router router) {
        UploadLimit.install(router, TpmapImportResource.PATH, limit, mapper);
    }
}
