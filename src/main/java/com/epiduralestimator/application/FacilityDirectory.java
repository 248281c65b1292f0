package com.epiduralestimator.application;

import com.epiduralestimator.domain.DirectoryFacility;
import com.epiduralestimator.domain.FacilityPlace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hospitals and ASCs by CCN and by the words of their names, and each ZIP's wage-index area, in memory: a
 * search or a lookup reads no store. Built once from {@link DirectoryData} ({@link LazyFacilityDirectory}).
 */
public final class FacilityDirectory {
    /** The most facilities one search answers. */
    public static final int MAX_RESULTS = 20;

    /** Whom a search looks for. */
    public enum Wanted { ANY, HOSPITAL, ASC }

    /** A facility found, with the wage-index area of its ZIP where the crosswalk has it. */
    public record Found(DirectoryFacility facility, Optional<FacilityPlace> place) {}

    private record Entry(DirectoryFacility facility, String[] words) {}

    private final Map<String, DirectoryFacility> byCcn;
    private final Map<String, FacilityPlace> places;
    private final List<Entry> entries;

    public FacilityDirectory(DirectoryData data) {
        Map<String, DirectoryFacility> ccns = new HashMap<>(data.facilities().size() * 2);
        List<Entry> list = new ArrayList<>(data.facilities().size());
        for (DirectoryFacility f : data.facilities()) {
            ccns.put(f.ccn(), f);
            list.add(new Entry(f, words(f.name() + " " + f.city())));
        }
        list.sort(Comparator.comparing((Entry e) -> e.facility().name()).thenComparing(e -> e.facility().ccn()));
        this.byCcn = ccns;
        this.places = data.places();
        this.entries = List.copyOf(list);
    }

    public Optional<DirectoryFacility> facility(String ccn) {
        return Optional.ofNullable(byCcn.get(ccn.toUpperCase(Locale.ROOT)));
    }

    /** The ZIP's county and wage-index area; empty for a ZIP the HUD crosswalk does not list. */
    public Optional<FacilityPlace> place(String zip) {
        return Optional.ofNullable(places.get(zip));
    }

    public int size() {
        return entries.size();
    }

    /**
     * The facilities whose name (or city) has a word beginning with each of the query's words, in any order and
     * case; those matching every word whole first, then by name. At most {@link #MAX_RESULTS}. A query that is a
     * CCN finds that facility.
     */
    public List<Found> search(String query, Optional<String> state, Wanted wanted) {
        String[] terms = words(query);
        if (terms.length == 0) {
            return List.of();
        }
        if (terms.length == 1 && byCcn.containsKey(terms[0])) {
            // a CCN is found as itself (how the page shows the facility a shared link names)
            DirectoryFacility f = byCcn.get(terms[0]);
            return List.of(new Found(f, f.zip().flatMap(this::place)));
        }
        List<Entry> whole = new ArrayList<>();
        List<Entry> prefix = new ArrayList<>();
        for (Entry e : entries) {
            DirectoryFacility f = e.facility();
            if (state.isPresent() && !state.get().equals(f.state())
                    || wanted == Wanted.HOSPITAL && !f.kind().hospital()
                    || wanted == Wanted.ASC && f.kind().hospital()) {
                continue;
            }
            int match = match(terms, e.words());
            if (match == 2) {
                whole.add(e);
            } else if (match == 1 && prefix.size() < MAX_RESULTS) {
                prefix.add(e);
            }
        }
        List<Found> found = new ArrayList<>();
        for (Entry e : concat(whole, prefix)) {
            if (found.size() == MAX_RESULTS) {
                break;
            }
            found.add(new Found(e.facility(), e.facility().zip().flatMap(this::place)));
        }
        return found;
    }

    private static List<Entry> concat(List<Entry> a, List<Entry> b) {
        List<Entry> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** 2: every term is a whole word; 1: every term begins a word; 0: some term begins none. */
    private static int match(String[] terms, String[] words) {
        boolean allWhole = true;
        for (String t : terms) {
            boolean prefix = false;
            boolean whole = false;
            for (String w : words) {
                if (w.startsWith(t)) {
                    prefix = true;
                    if (w.length() == t.length()) {
                        whole = true;
                        break;
                    }
                }
            }
            if (!prefix) {
                return 0;
            }
            allWhole &= whole;
        }
        return allWhole ? 2 : 1;
    }

    /** The upper-case runs of letters and digits (by hand: 11,000 names are split at load). */
    private static String[] words(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        List<String> out = new ArrayList<>(8);
        int start = -1;
        for (int i = 0; i <= upper.length(); i++) {
            char c = i < upper.length() ? upper.charAt(i) : ' ';
            boolean word = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(upper.substring(start, i));
                start = -1;
            }
        }
        return out.toArray(new String[0]);
    }
}
