package io.livestage.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrimmingTextTest {

    @Test
    void whitespaceAtBothEndsGoes() {
        assertThat(Texts.trim(" \t\n Why? \r\n\t")).isEqualTo("Why?");
    }

    @Test
    void whitespaceInsideStays() {
        assertThat(Texts.trim("  line one\n\tline two  ")).isEqualTo("line one\n\tline two");
    }

    @Test
    void unicodeSpacesAreTrimmed() {
        assertThat(Texts.trim("\u2003\u3000Why?\u2002\u2029")).isEqualTo("Why?");
    }

    /** The method's own documentation: "so a non-breaking space is trimmed too". */
    @Test
    void aNonBreakingSpaceIsTrimmedToo() {
        assertThat(Texts.trim("\u00A0Why?\u00A0")).isEqualTo("Why?");
    }

    @Test
    void textWithoutSurroundingWhitespaceIsUnchanged() {
        assertThat(Texts.trim("Why?")).isEqualTo("Why?");
        assertThat(Texts.trim("")).isEmpty();
    }
}
