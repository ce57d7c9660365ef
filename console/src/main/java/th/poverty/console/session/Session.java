package th.poverty.console.session;

import jakarta.enterprise.context.RequestScoped;

/** The request's signed-in person and the token the console calls the services with, if any. */
@RequestScoped
public class Session {

    private Person person;
    private String token;

    void signedIn(Person person, String token) {
        this.person = person;
        this.token = token;
    }

    public Person person() {
        return person;
    }

    public String token() {
        return token;
    }

    public boolean isSignedIn() {
        return person != null;
    }
}
