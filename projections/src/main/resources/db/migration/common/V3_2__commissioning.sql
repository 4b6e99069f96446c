-- Commissioning: de-identified counters by practice, locality and UK month. No person's name
-- or identifier is kept here. kind FLOW = what happened in the month (people = how many times);
-- kind STOCK = the change in the month of something that stands (people in it, pence); a
-- month's stock is the sum of its changes up to and including that month.
CREATE TABLE commissioning_figure (
    practice_code  VARCHAR(20)  NOT NULL,
    locality       VARCHAR(100) NOT NULL,
    uk_month          CHAR(7)      NOT NULL,
    kind           VARCHAR(5)   NOT NULL,
    measure        VARCHAR(40)  NOT NULL,
    category       VARCHAR(60)  NOT NULL,
    people         BIGINT       NOT NULL,
    total          BIGINT       NOT NULL,
    CONSTRAINT pk_commissioning_figure PRIMARY KEY (practice_code, locality, uk_month, measure, category)
);

CREATE INDEX ix_commissioning_figure_month ON commissioning_figure (uk_month, measure, category);
