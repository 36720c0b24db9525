-- Administrators correct rows of the time-limit table; concurrent corrections are detected.
alter table time_limit_rule add column version bigint not null default 0;
