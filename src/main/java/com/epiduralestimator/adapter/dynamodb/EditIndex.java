package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.LoadedEdition;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.Edition;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.WireNamed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The list of loaded claim-edit editions ({@code pk=EDITS sk=EDITIONS}), mapped by hand:
 *
 * <pre>
 * version N; editions L of M {kind S, name S, from S, through S, scope L of S, rows N, loadedAt N,
 *                             sources L of M {part S, file S, sha256 S}, partition S, chunks N}
 * </pre>
 *
 * The kind is stored as its wire name ({@code ncci-ptp-practitioner}); a reload of the same kind and edition
 * replaces its entry. {@code exists} is false before the first load.
 */
record EditIndex(boolean exists, long version, List<Listed> editions) {
    /** An edition and where its table's chunks are. */
    record Listed(LoadedEdition edition, String partition, int chunks) {}

    static EditIndex of(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return new EditIndex(false, 0, List.of());
        }
        List<Listed> editions = new ArrayList<>();
        for (AttributeValue v : item.get("editions").l()) {
            Map<String, AttributeValue> m = v.m();
            EditKind kind = WireNamed.parse(EditKind.class, m.get("kind").s()).orElseThrow(() ->
                    new IllegalStateException("claim edits list: unknown kind " + m.get("kind").s()));
            Edition edition = new Edition(kind, m.get("name").s(), LocalDate.parse(m.get("from").s()),
                    LocalDate.parse(m.get("through").s()), false,
                    m.get("scope").l().stream().map(c -> new HcpcsCode(c.s())).toList());
            List<ScheduleSource> sources = m.get("sources").l().stream().map(s -> new ScheduleSource(
                    s.m().get("part").s(), s.m().get("file").s(), s.m().get("sha256").s())).toList();
            editions.add(new Listed(new LoadedEdition(edition, sources, Integer.parseInt(m.get("rows").n()),
                    Optional.of(Instant.ofEpochMilli(Long.parseLong(m.get("loadedAt").n())))), m.get("partition").s(),
                    Integer.parseInt(m.get("chunks").n())));
        }
        return new EditIndex(true, Long.parseLong(item.get("version").n()), List.copyOf(editions));
    }

    Optional<Listed> find(Edition edition) {
        return editions.stream().filter(l -> l.edition().edition().equals(edition)).findFirst();
    }

    /** The list with {@code added}, replacing an entry of the same kind and edition name. */
    EditIndex with(Listed added) {
        List<Listed> kept = new ArrayList<>();
        Edition e = added.edition().edition();
        for (Listed l : editions) {
            Edition other = l.edition().edition();
            if (other.kind() != e.kind() || !other.name().equals(e.name())) {
                kept.add(l);
            }
        }
        kept.add(added);
        return new EditIndex(true, version + 1, kept);
    }

    Map<String, AttributeValue> item(String pk, String sk) {
        List<AttributeValue> list = new ArrayList<>();
        for (Listed l : editions) {
            Edition e = l.edition().edition();
            Map<String, AttributeValue> m = new HashMap<>();
            m.put("kind", AttributeValue.fromS(e.kind().wireName()));
            m.put("name", AttributeValue.fromS(e.name()));
            m.put("from", AttributeValue.fromS(e.effectiveFrom().toString()));
            m.put("through", AttributeValue.fromS(e.effectiveThrough().toString()));
            m.put("scope", AttributeValue.fromL(e.scope().stream().map(c -> AttributeValue.fromS(c.value())).toList()));
            m.put("rows", AttributeValue.fromN(String.valueOf(l.edition().rows())));
            m.put("loadedAt", AttributeValue.fromN(String.valueOf(l.edition().loadedAt()
                    .orElseThrow(() -> new IllegalArgumentException("a loaded edition has its load time"))
                    .toEpochMilli())));
            m.put("sources", AttributeValue.fromL(l.edition().sources().stream().map(s -> AttributeValue.fromM(Map.of(
                    "part", AttributeValue.fromS(s.part()), "file", AttributeValue.fromS(s.file()),
                    "sha256", AttributeValue.fromS(s.sha256())))).toList()));
            m.put("partition", AttributeValue.fromS(l.partition()));
            m.put("chunks", AttributeValue.fromN(String.valueOf(l.chunks())));
            list.add(AttributeValue.fromM(m));
        }
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk),
                "version", AttributeValue.fromN(String.valueOf(version)), "editions", AttributeValue.fromL(list));
    }
}
