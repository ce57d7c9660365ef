package th.poverty.console.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import th.poverty.console.session.Session;

/** Every call to a service carries the signed-in person's own token: the service decides what they may do. */
@ApplicationScoped
public class Bearer implements ClientHeadersFactory {

    @Inject
    Session session;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        var headers = new MultivaluedHashMap<String, String>();
        if (session.isSignedIn()) {
            headers.add("Authorization", "Bearer " + session.token());
        }
        return headers;
    }
}
