// What each claim-edit table costs when an estimate first needs it (docs/claims-edits.md): time and heap.
// Run after a build: java -Xmx512m -XX:+UseSerialGC -cp target/classes bench/EditsLoadTiming.java
import com.epiduralestimator.application.ClaimEditsCatalog;
import com.epiduralestimator.application.EditSource;
import com.epiduralestimator.cmsdata.BundledEdits;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.EditTable;
import java.time.LocalDate;
import java.util.function.Supplier;

public class EditsLoadTiming {
    static long used() {
        for (int i = 0; i < 3; i++) { System.gc(); }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
    static Object keep;
    static void time(String what, Supplier<Object> s) {
        long before = used();
        long t = System.nanoTime();
        Object o = s.get();
        long ms = (System.nanoTime() - t) / 1_000_000;
        keep = o;
        long after = used();
        System.out.printf("%-28s %5d ms  heap +%,d KB%n", what, ms, (after - before) / 1024);
    }
    public static void main(String[] a) {
        ClaimEditsCatalog c = new ClaimEditsCatalog(new BundledEdits(), EditSource.NONE);
        LocalDate d = LocalDate.parse("2026-03-02");
        Object[] hold = new Object[6];
        time("edition list (index)", () -> hold[0] = c.edition(EditKind.ICD10CM, d));
        time("ICD-10-CM FY2026", () -> hold[1] = c.diagnoses(d).orElseThrow());
        time("NCCI PTP practitioner", () -> hold[2] = c.ptp(EditTable.PRACTITIONER, d).orElseThrow());
        time("NCCI PTP hospital", () -> hold[3] = c.ptp(EditTable.HOSPITAL, d).orElseThrow());
        time("MUE practitioner", () -> hold[4] = c.mue(EditTable.PRACTITIONER, d).orElseThrow());
        time("ASP 2025Q4", () -> hold[5] = c.asp(LocalDate.parse("2025-11-01")).orElseThrow());
        time("ICD-10-CM again (cached)", () -> c.diagnoses(d).orElseThrow());
        keep = hold;
        System.out.println("-- classes loaded (as after SnapStart priming): read and parse again, new objects --");
        BundledEdits b = new BundledEdits();
        var eds = b.editions();
        for (var le : eds) {
            var e = le.edition();
            time("again " + e.kind().wireName(), () -> switch (e.kind()) {
                case ICD10CM -> com.epiduralestimator.application.EditionText.readIcd10(e, b.content(e));
                case PTP_PRACTITIONER, PTP_HOSPITAL -> com.epiduralestimator.application.EditionText.readPtp(e, b.content(e));
                case MUE_PRACTITIONER, MUE_HOSPITAL -> com.epiduralestimator.application.EditionText.readMue(e, b.content(e));
                case ASP -> com.epiduralestimator.application.EditionText.readAsp(e, b.content(e));
            });
        }
    }
}
