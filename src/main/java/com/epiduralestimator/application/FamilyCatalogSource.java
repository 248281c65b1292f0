package com.epiduralestimator.application;

import com.epiduralestimator.domain.FamilyCatalog;
import com.epiduralestimator.domain.ProcedureCatalog;

/** The shipped family data for the domain's ProcedureCatalog (registered in META-INF/services; read on first use). */
public final class FamilyCatalogSource implements ProcedureCatalog.Source {
    @Override
    public FamilyCatalog get() {
        return FamilyCatalogResource.load();
    }
}
