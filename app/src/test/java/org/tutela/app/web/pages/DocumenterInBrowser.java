package org.tutela.app.web.pages;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.tutela.app.security.Role;

/**
 * What the tests of the record forms start from: the demo in Chromium (see {@link InBrowser}) with its documenter
 * logged in, and the registry's count of records, by which a refused form is seen to have saved nothing.
 */
abstract class DocumenterInBrowser extends InBrowser {
    @BeforeAll
    final void logInAsDocumenter() {
        beforeLogin();
        loginAs(Role.DOCUMENTER);
    }

    /** What a class looks at before the login (the login page itself); nothing by default. */
    void beforeLogin() {
    }

    long records() {
        return tutela.registry().count(Optional.empty());
    }
}
