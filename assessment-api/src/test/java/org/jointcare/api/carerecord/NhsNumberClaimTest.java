package org.jointcare.api.carerecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.CareRuleViolation;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class NhsNumberClaimTest {

    private static final Actor GP = new Actor("dr.priya.shah", Role.GP_PRACTICE, "J82034");

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcNhsNumberRegistry registry;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void concurrentRegistrationsWithTheSameNhsNumberOpenExactlyOneRecord() throws Exception {
        int rounds = 5;
        int racers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (int round = 0; round < rounds; round++) {
                NhsNumber nhsNumber = TestNhsNumbers.next();
                CountDownLatch go = new CountDownLatch(1);
                List<UUID> ids = new ArrayList<>();
                List<Future<Throwable>> outcomes = new ArrayList<>();
                for (int racer = 0; racer < racers; racer++) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    outcomes.add(pool.submit(() -> {
                        go.await();
                        try {
                            commands.sendAndWait(register(id, nhsNumber));
                            return null;
                        } catch (Throwable refused) {
                            return refused;
                        }
                    }));
                }
                go.countDown();
                List<Throwable> refusals = new ArrayList<>();
                for (Future<Throwable> outcome : outcomes) {
                    Throwable refusal = outcome.get();
                    if (refusal != null) {
                        refusals.add(refusal);
                    }
                }

                assertThat(refusals).hasSize(racers - 1).allSatisfy(refusal -> assertThat(refusal)
                        .isInstanceOfSatisfying(CareRuleViolation.class,
                                violation -> assertThat(violation.rule()).isEqualTo(CareRule.NHS_NUMBER_ALREADY_REGISTERED)));
                List<String> holders = jdbc.queryForList(
                        "SELECT care_record_id FROM nhs_number_claim WHERE nhs_number = ?", String.class, nhsNumber.value());
                assertThat(holders).hasSize(1);
                List<String> registered = jdbc.queryForList(
                        "SELECT aggregateIdentifier FROM DomainEventEntry WHERE payloadType LIKE '%.PersonRegistered' AND aggregateIdentifier IN ("
                                + String.join(",", ids.stream().map(id -> "'" + id + "'").toList()) + ")", String.class);
                assertThat(registered).containsExactlyElementsOf(holders);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClaimRacingAnUncommittedClaimWaitsAndThenFindsTheNumberTaken() throws Exception {
        NhsNumber nhsNumber = TestNhsNumbers.next();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);

        CompletableFuture<Boolean> firstClaim = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            boolean claimed = registry.claim(nhsNumber, first);
            firstClaimed.countDown();
            await(secondStarted);
            sleep(300); // the second claim is now blocked on this transaction's row
            return claimed;
        }));
        firstClaimed.await();
        CompletableFuture<Boolean> secondClaim = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            secondStarted.countDown();
            return registry.claim(nhsNumber, second);
        }));

        assertThat(firstClaim.get()).isTrue();
        assertThat(secondClaim.get()).isFalse();
        assertThat(jdbc.queryForObject("SELECT care_record_id FROM nhs_number_claim WHERE nhs_number = ?", String.class,
                nhsNumber.value())).isEqualTo(first.toString());
    }

    @Test
    void aRegistrationThatFailsAfterClaimingLeavesTheNumberFree() {
        UUID existing = UUID.randomUUID();
        commands.sendAndWait(register(existing, TestNhsNumbers.next()));
        NhsNumber second = TestNhsNumbers.next();

        // the same record id again: the number is claimed, then the first event cannot be stored
        assertThatThrownBy(() -> commands.sendAndWait(register(existing, second))).isNotNull();

        assertThat(jdbc.queryForList("SELECT care_record_id FROM nhs_number_claim WHERE nhs_number = ?", String.class,
                second.value())).isEmpty();
        UUID other = UUID.randomUUID();
        commands.sendAndWait(register(other, second));
        assertThat(jdbc.queryForObject("SELECT care_record_id FROM nhs_number_claim WHERE nhs_number = ?", String.class,
                second.value())).isEqualTo(other.toString());
    }

    @Test
    void aPersonWithoutAnNhsNumberClaimsNothing() {
        long before = claims();
        commands.sendAndWait(register(UUID.randomUUID(), null));
        commands.sendAndWait(register(UUID.randomUUID(), null));
        assertThat(claims()).isEqualTo(before);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private long claims() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM nhs_number_claim", Long.class);
    }

    private static RegisterPerson register(UUID id, NhsNumber nhsNumber) {
        return new RegisterPerson(id, nhsNumber, new PersonDetails("Edith", "Clarke", LocalDate.of(1936, 3, 14),
                "J82034", "North Wiltshire", "English", false, null, LivingSituation.LIVES_ALONE, List.of(), null),
                GP, Instant.parse("2026-02-01T10:00:00Z"));
    }
}
