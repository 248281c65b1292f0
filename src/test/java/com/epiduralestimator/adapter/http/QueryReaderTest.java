package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.epiduralestimator.domain.Setting;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A query string read on its own: text values only, the same rules as a body's fields, errors under "query". */
class QueryReaderTest {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{5}");

    @Test
    void readsTextDatesAndEnumValuesFromTheParameters() {
        QueryReader q = QueryReader.of(Map.of("code", "62321", "date", "2025-06-01", "setting", "facility"));

        Optional<String> code = q.requiredString("code", 5, CODE, "a code");
        Optional<LocalDate> date = q.date("date", true);
        Optional<Setting> setting = q.enumValue("setting", true, Setting.class);
        q.finish("fee query");

        assertThat(code).contains("62321");
        assertThat(date).contains(LocalDate.of(2025, 6, 1));
        assertThat(setting).contains(Setting.FACILITY);
    }

    @Test
    void anUnknownParameterAndABadValueAreBothReportedUnderQueryWithoutQuotingThem() {
        QueryReader q = QueryReader.of(Map.of("code", "62321", "date", "June", "MRN-0042", "x"));

        q.requiredString("code", 5, CODE, "a code");
        q.date("date", false);
        BadRequestException e = catchThrowableOfType(() -> q.finish("fee query"), BadRequestException.class);

        assertThat(e.getMessage()).isEqualTo("The fee query has 2 invalid fields.");
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("date", "query");
        assertThat(e.errors().toString()).doesNotContain("June", "MRN-0042");
    }

    @Test
    void anEnumValueOutsideTheEnumNamesTheEnumsOwnSpellings() {
        QueryReader q = QueryReader.of(Map.of("setting", "hospital"));

        q.enumValue("setting", true, Setting.class);
        BadRequestException e = catchThrowableOfType(() -> q.finish("fee query"), BadRequestException.class);

        assertThat(e.errors()).containsExactly(new FieldError("setting", "must be one of facility, non-facility"));
    }
}
