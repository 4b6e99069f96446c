package org.jointcare.api.delivery;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.jointcare.api.directory.Directory;
import org.jointcare.api.directory.Practice;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.interop.delivery.FhirMessageDelivery;
import org.jointcare.interop.fhir.DirectoryNames;
import org.jointcare.interop.fhir.NoticeMessages;
import org.jointcare.interop.fhir.NoticeMessages.Notice;
import org.jointcare.interop.fhir.TransferOfCare;
import org.jointcare.views.CareRecordEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the notices due in the outbox, one thread per node. Each notice is claimed before its
 * attempt, so of several nodes over one database only one sends it; what the attempt came to is
 * written back to the row (sent; failed and due again after a growing wait; or parked). Nothing
 * is held in memory between looks at the outbox: a restart, even a crash, loses no notice, and a
 * notice in flight when a node died is taken up again once its claim has expired.
 * <p>
 * The message is built from the care record at each attempt, and comes out the same each time
 * (see {@link NoticeMessages}): a receiver that had the first attempt and lost our answer
 * recognises the second by its message id.
 */
@Component
public class NoticeSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

    private final DeliveryOutbox outbox;
    private final PracticeDeliveryEndpoints endpoints;
    private final CareRecordEvents events;
    private final Directory directory;
    private final FhirMessageDelivery delivery;
    private final TransferOfCare export;
    private final DeliverySettings settings;
    private final Clock clock;
    private final String nodeId;
    private volatile ScheduledExecutorService poller;
    private volatile boolean stopping;

    public NoticeSender(DeliveryOutbox outbox, PracticeDeliveryEndpoints endpoints, CareRecordEvents events,
                        Directory directory, DirectoryNames names, FhirMessageDelivery delivery,
                        DeliverySettings settings, Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.events = events;
        this.directory = directory;
        this.delivery = delivery;
        this.export = new TransferOfCare(names);
        this.settings = settings;
        this.clock = clock;
        this.nodeId = settings.nodeId().isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : settings.nodeId();
    }

    /** Looks at the outbox once and attempts every notice due that this node could claim; how many it attempted. */
    public int sendDue() {
        int attempted = 0;
        Instant now = clock.instant();
        for (UUID messageId : outbox.due(now, settings.batchSize())) {
            if (stopping) {
                break;
            }
            Optional<NoticeDelivery> claimed = outbox.claim(messageId, nodeId, now, now.plus(settings.claimFor()));
            if (claimed.isPresent()) {
                attempt(claimed.get());
                attempted++;
            }
        }
        return attempted;
    }

    private void attempt(NoticeDelivery notice) {
        FhirMessageDelivery.Outcome outcome;
        try {
            outcome = send(notice);
        } catch (RuntimeException cannotBuild) {
            log.warn("Notice {} could not be built for sending", notice.messageId(), cannotBuild);
            outcome = new FhirMessageDelivery.Outcome(false, 0, "could not be built: " + cannotBuild.getClass().getSimpleName());
        }
        Instant done = clock.instant();
        int attempts = notice.attempts() + 1;
        if (outcome.delivered()) {
            outbox.sent(notice.messageId(), nodeId, attempts, done);
            return;
        }
        boolean giveUp = attempts >= settings.maxAttempts() || !done.isBefore(notice.queuedAt().plus(settings.giveUpAfter()));
        outbox.failed(notice.messageId(), nodeId, attempts, done, giveUp ? null : done.plus(settings.retryAfter(attempts)),
                outcome.detail());
        if (giveUp) {
            log.warn("{} notice {} to practice {} parked after {} attempts: {}", notice.kind(), notice.messageId(),
                    notice.practiceCode(), attempts, outcome.detail());
        }
    }

    private FhirMessageDelivery.Outcome send(NoticeDelivery notice) {
        Optional<URI> endpoint = endpoints.of(notice.practiceCode());
        if (endpoint.isEmpty()) {
            return new FhirMessageDelivery.Outcome(false, 0, "practice " + notice.practiceCode() + " has no delivery endpoint");
        }
        List<CareRecordEvent> record = events.all(notice.careRecordId());
        // each message carries its own version of the document, the same at every attempt
        Optional<Bundle> document = switch (notice.kind()) {
            case ADMISSION -> export.admissionNotice(notice.careRecordId(), record, notice.admissionId());
            case DISCHARGE -> export.dischargeSummaryVersion(notice.careRecordId(), record, notice.admissionId(), null);
            case DISCHARGE_AMENDED -> export.dischargeSummaryVersion(notice.careRecordId(), record, notice.admissionId(),
                    notice.raisedAt());
        };
        if (document.isEmpty()) {
            return new FhirMessageDelivery.Outcome(false, 0, "the care record holds no such notice");
        }
        Bundle message = NoticeMessages.message(notice.messageId(), notice.kind(), document.get(), notice.practiceCode(),
                directory.practice(notice.practiceCode()).map(Practice::name).orElse(null), endpoint.get().toString(),
                settings.sourceEndpoint());
        return delivery.send(endpoint.get(), notice.messageId(), TransferOfCare.json(message), settings.timeout());
    }

    private void poll() {
        try {
            sendDue();
        } catch (RuntimeException failed) {
            // the next look tries again; an exception must not end the scheduled polling
            log.warn("Looking at the delivery outbox failed", failed);
        }
    }

    @Override
    public void start() {
        stopping = false;
        if (!settings.send()) {
            log.info("Notices are queued but not sent from this node (jointcare.delivery.send=false)");
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notice-sender");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        poller = executor;
    }

    /** Lets an attempt in flight finish and write its outcome, so a stop leaves no notice claimed. */
    @Override
    public void stop() {
        stopping = true;
        ScheduledExecutorService executor = poller;
        poller = null;
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.claimFor().toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
