package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.FacilityDirectory;
import com.epiduralestimator.application.FacilityWhere;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issue 21's request fields: {@code facilityCcn}/{@code facilityZip} on an estimate, and the facility search's
 * query ({@code GET /v1/facilities?q=&state=&type=}).
 */
final class DirectoryRequests {
    static final Pattern CCN = Pattern.compile("[0-9A-Za-z]{6}|[0-9A-Za-z]{10}");
    static final Pattern ZIP5 = Pattern.compile("\\d{5}");
    static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");
    static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N} .,'&/()-]{1,100}");

    private DirectoryRequests() {}

    /** The facility search: words, and optionally a state and a type. */
    record Search(String words, Optional<String> state, FacilityDirectory.Wanted type) {}

    static FacilityWhere where(BodyReader r) {
        Optional<String> ccn = r.string("facilityCcn", 10, CCN, "must be a CMS Certification Number: a hospital's 6"
                + " characters (e.g. 450056) or an ASC's 10 (e.g. 05C0001831)");
        ccn = ccn.isPresent() ? Optional.of(ccn.get().toUpperCase(Locale.ROOT)) : ccn; // no lambda: performance.md
        Optional<String> zip = r.string("facilityZip", 5, ZIP5, "must be a 5-digit ZIP code");
        return new FacilityWhere(ccn, zip);
    }

    static Search search(Map<String, String> query) {
        QueryReader q = QueryReader.of(query);
        if (q.has("patientId")) {
            q.error("patientId", "patient identifiers are never accepted in URLs");
            q.skip("patientId");
        }
        Optional<String> words = q.requiredString("q", 100, WORDS, "must be 1 to 100 letters, digits, spaces or"
                + " punctuation of a name");
        if (words.isPresent() && words.get().isBlank()) {
            q.error("q", "must have a word");
        }
        Optional<String> state = q.string("state", 2, STATE, "must be a 2-letter state code, e.g. CA")
                .map(s -> s.toUpperCase(Locale.ROOT));
        Optional<String> type = q.string("type", 8, Pattern.compile("hospital|asc"), "must be hospital or asc");
        q.finish("facility search");
        FacilityDirectory.Wanted wanted = type.map(t -> t.equals("asc") ? FacilityDirectory.Wanted.ASC
                : FacilityDirectory.Wanted.HOSPITAL).orElse(FacilityDirectory.Wanted.ANY);
        return new Search(words.orElseThrow(), state, wanted);
    }
}
