package org.jointcare.archfixture.a;

import org.jointcare.api.archfixture.AnEndpoint;
import org.jointcare.archfixture.b.Beta;

/** Breaks every rule the views keep, so the rules are seen to fail (see ViewPackagesStandAloneTest). */
public class Alpha {
    public AnEndpoint answer(Beta beta) {
        return beta == null ? null : new AnEndpoint();
    }
}
