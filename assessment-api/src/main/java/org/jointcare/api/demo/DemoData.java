package org.jointcare.api.demo;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jointcare.api.directory.Directory;
import org.jointcare.api.directory.Professional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo directory and people, so a newcomer who starts the
 * application sees something real. Runs only when both the directory and the event store are
 * empty, so a restart (or a real deployment that left {@code jointcare.demo-data.enabled} on by
 * mistake after data arrived) never gets demo data twice.
 */
@Component
@ConditionalOnProperty(name = "jointcare.demo-data.enabled", havingValue = "true", matchIfMissing = true)
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Directory directory;
    private final PasswordEncoder passwords;
    private final CommandGateway commands;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public DemoData(Directory directory, PasswordEncoder passwords, CommandGateway commands, Clock clock,
                    JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.directory = directory;
        this.passwords = passwords;
        this.commands = commands;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.hasProfessionals() || eventStoreHasEvents()) {
            log.info("Demo data not loaded: the database already holds professionals or care records");
            return;
        }
        try {
            transaction.executeWithoutResult(status -> loadDirectory());
        } catch (DuplicateKeyException anotherNodeLoadedIt) {
            log.info("Demo data not loaded: another instance loaded it at the same time");
            return;
        }
        List<DemoPeople.Loaded> people = new DemoPeople(commands, clock).loadAll();
        // the demo password is in the README, never in a log
        log.info("Demo data loaded: {} practices, {} social care teams, {} nursing teams, {} professionals ({}), {} people ({})",
                DemoDirectory.PRACTICES.size(), DemoDirectory.SOCIAL_CARE_TEAMS.size(), DemoDirectory.NURSING_TEAMS.size(),
                DemoDirectory.PROFESSIONALS.size(),
                DemoDirectory.PROFESSIONALS.stream().map(p -> p.userId() + " " + p.role()).collect(Collectors.joining(", ")),
                people.size(),
                people.stream().map(p -> p.name() + ": " + p.whereInTheJourney()).collect(Collectors.joining("; ")));
    }

    private void loadDirectory() {
        DemoDirectory.PRACTICES.forEach(directory::addPractice);
        DemoDirectory.SOCIAL_CARE_TEAMS.forEach(directory::addSocialCareTeam);
        DemoDirectory.NURSING_TEAMS.forEach(directory::addNursingTeam);
        DemoDirectory.HOSPITAL_TRUSTS.forEach(directory::addHospitalTrust);
        DemoDirectory.PROFESSIONALS.forEach(demo -> directory.addProfessional(new Professional(
                demo.userId(), demo.displayName(), demo.role(), demo.organisationCode(),
                demo.attachedPracticeCodes(), demo.nursingTeamCode(), passwords.encode(DemoDirectory.DEMO_PASSWORD))));
    }

    private boolean eventStoreHasEvents() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM DomainEventEntry) THEN TRUE ELSE FALSE END", Boolean.class));
    }
}
