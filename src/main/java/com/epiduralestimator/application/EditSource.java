package com.epiduralestimator.application;

import com.epiduralestimator.domain.Edition;
import java.util.List;

/**
 * Where editions of the claim-edit tables come from: the jar's bundled ones ({@code cmsdata/BundledEdits}) or the
 * store's, written by {@code load-edits} (DynamoDB, or memory in tests). {@link #editions()} is one small read (the
 * list); {@link #content} reads one edition's table in {@link EditionText}'s format, only when a rule needs it.
 */
public interface EditSource {
    List<LoadedEdition> editions();

    /** The edition's table as text ({@link EditionText}). */
    String content(Edition edition);

    /** A source with no editions (a store where nothing was loaded). */
    EditSource NONE = new EditSource() {
        @Override
        public List<LoadedEdition> editions() {
            return List.of();
        }

        @Override
        public String content(Edition edition) {
            throw new IllegalArgumentException("no edition " + edition.describe());
        }
    };
}
