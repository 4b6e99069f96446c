package org.jointcare.archfixture.b;

import org.jointcare.archfixture.a.Alpha;

/** Uses the package that uses it: a cycle between two "view" packages. */
public class Beta {
    public Alpha alpha() {
        return new Alpha();
    }
}
