package com.epiduralestimator;

import com.epiduralestimator.application.FamilyCatalogSource;
import com.epiduralestimator.domain.ProcedureCatalog;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Feeds the domain's ProcedureCatalog the shipped family data before every test class, as the composition root
 * (DependencyFactory) does in the functions: a domain or rule test builds no wiring. Registered for every test
 * (src/test/resources: META-INF/services and junit-platform.properties' extension autodetection).
 */
public final class FamilyDataExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        ProcedureCatalog.feed(new FamilyCatalogSource());
    }
}
