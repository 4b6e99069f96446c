-- Every list read asks which people refused consent (and by which organisation), to leave those it
-- hides out of the list and its total alike: one indexed range rather than a scan of everyone.
CREATE INDEX sharing_person_consent ON sharing_person (consent_decision, consent_organisation_code);
