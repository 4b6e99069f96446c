package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jointcare.api.postgres.OnPostgres;
import org.jointcare.views.operations.ViewStatuses;
import org.jointcare.views.operations.ViewStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Free text with a NUL and other control characters, sent as valid JSON escapes: PostgreSQL
 * cannot store a NUL in a text column, so a NUL that reached an event would stop every view that
 * copies the text, for that person, for good. Whatever the API answers, it is never a server
 * error, and afterwards no view has parked an event.
 */
@OnPostgres
class FreeTextWithControlCharactersOnPostgresTest extends ApiTest {

    /** NUL, start of heading, bell, an ANSI escape sequence and DEL, amid ordinary text. */
    private static final String CONTROL_CHARACTERS = "Falls\u0000 at home\u0001\u0007 \u001b[31mred\u001b[0m\u007f";

    @Autowired
    ViewStatuses operations;

    @Test
    void noServerErrorAndNoViewParksAnEvent() throws Exception {
        List<MvcResult> answers = new ArrayList<>();
        answers.add(send(GP_RIVERSIDE, "/api/v1/care-records", Bodies.map("person", Bodies.map(
                "givenName", "Edith" + CONTROL_CHARACTERS,
                "familyName", "Nul" + CONTROL_CHARACTERS,
                "dateOfBirth", LocalDate.of(1936, 4, 12).toString(),
                "registeredPracticeCode", RIVERSIDE,
                "locality", "North" + CONTROL_CHARACTERS,
                "livingSituation", "LIVES_ALONE"))));
        UUID person = registerAt(RIVERSIDE, "Controlled");
        answers.add(send(GP_RIVERSIDE, records(person) + "/referrals", Bodies.map("source", "GP",
                "requester", Bodies.map("name", "Dr Priya Shah" + CONTROL_CHARACTERS, "organisationCode", RIVERSIDE),
                "reason", CONTROL_CHARACTERS,
                "urgency", "SOON")));
        answers.add(send(GP_RIVERSIDE, records(person) + "/consent",
                Bodies.map("decision", "AGREED_WITH_LIMITS", "limits", CONTROL_CHARACTERS)));
        answers.add(read(GP_RIVERSIDE, records(person)));

        SoftAssertions.assertSoftly(softly -> answers.forEach(answer -> softly.assertThat(answer.getResponse().getStatus())
                .as("%s %s answered %s", answer.getRequest().getMethod(), answer.getRequest().getRequestURI(), contentOf(answer))
                .isLessThan(500)));
        operations.views().forEach(view -> operations.awaitCaughtUp(view.processingGroup(), Duration.ofSeconds(60)));
        assertThat(operations.views()).allSatisfy(view -> {
            assertThat(view.deadLetters()).as("%s dead letters", view.processingGroup()).isZero();
            assertThat(view.error()).as("%s error", view.processingGroup()).isNull();
        });
        assertThat(operations.views()).extracting(ViewStatus::processingGroup).isNotEmpty();
    }

    private static String contentOf(MvcResult answer) {
        try {
            return answer.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
