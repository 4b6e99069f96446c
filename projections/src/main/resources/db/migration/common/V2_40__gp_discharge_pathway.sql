-- The discharge pathway the hospital planned (what support the person goes home to), carried on the
-- GP's admission and discharge notices as the linkworker's list carries it. Filled by replay.
ALTER TABLE gp_hospital_stay ADD COLUMN pathway VARCHAR(50);
