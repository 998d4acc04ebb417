// Column types shared by the table files: both dialects store these as text or integers.

/** ISO-8601 UTC timestamp text, e.g. 2026-11-24T08:00:00.000Z; portable across SQLite and PostgreSQL. */
export type Timestamp = string;
/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;
/** 0 or 1: SQLite has no boolean type, so both dialects store integers. */
export type Flag = number;
