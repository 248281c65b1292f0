package com.epiduralestimator.application;

/** The store of editions loaded with {@code load-edits}: read as an {@link EditSource}, written by the loader. */
public interface EditStore extends EditSource {
    /** Stores the edition's table, then lists it (a reader never sees a listed edition without its table). */
    void save(LoadedEdition edition, String content);
}
