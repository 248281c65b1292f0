package com.epiduralestimator.application;

import com.epiduralestimator.domain.FamilyCatalog;
import com.epiduralestimator.domain.ProcedureCatalog;

/** The shipped family data for the domain's ProcedureCatalog (fed to it by the composition root, DependencyFactory; read on first use). */
public final class FamilyCatalogSource implements ProcedureCatalog.Source {
    @Override
    public FamilyCatalog get() {
        return FamilyCatalogResource.load();
    }
}
