package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.EditStore;
import com.epiduralestimator.application.LoadedEdition;
import com.epiduralestimator.domain.Edition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loaded claim-edit editions in memory (tests, and the embedded server): the same contract as
 * {@code DynamoEditStore}, a reload of the same kind and edition replacing it. Counts its reads, as a test of the
 * lazy reading needs to.
 */
public final class InMemoryEditStore implements EditStore {
    private final Map<String, LoadedEdition> editions = new LinkedHashMap<>();
    private final Map<Edition, String> contents = new LinkedHashMap<>();
    private int reads;

    @Override
    public synchronized List<LoadedEdition> editions() {
        reads++;
        return List.copyOf(new ArrayList<>(editions.values()));
    }

    @Override
    public synchronized String content(Edition edition) {
        reads++;
        String content = contents.get(edition);
        if (content == null) {
            throw new IllegalArgumentException("edition not loaded: " + edition.describe());
        }
        return content;
    }

    @Override
    public synchronized void save(LoadedEdition edition, String content) {
        Edition e = edition.edition();
        String key = e.kind().wireName() + "#" + e.name();
        LoadedEdition replaced = editions.put(key, edition);
        if (replaced != null) {
            contents.remove(replaced.edition());
        }
        contents.put(e, content);
    }

    /** How many reads (the list, or a table) this store has answered. */
    public synchronized int reads() {
        return reads;
    }
}
