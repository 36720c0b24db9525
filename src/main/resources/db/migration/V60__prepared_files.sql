-- Files produced in the background (module: exports): XLSX exports of the lists, later reports' documents.
-- One row per job: who asked, what and how far it got; the bytes, once written, in prepared_file_chunk.
create table prepared_file (
    id            uuid          not null primary key,
    owner         varchar(64)   not null,
    kind          varchar(60)   not null,
    -- the list's filters as a query string (a=1&b=2), as the list page had them
    params        varchar(4000) not null,
    locale        varchar(20)   not null,
    -- QUEUED, RUNNING, DONE or FAILED
    status        varchar(10)   not null,
    done_count    bigint        not null default 0,
    total_count   bigint,
    file_name     varchar(255),
    content_type  varchar(120),
    size_bytes    bigint,
    sha256        varchar(64),
    -- a message key when FAILED, never a stack trace
    failure       varchar(200),
    created_at    timestamp with time zone not null,
    started_at    timestamp with time zone,
    finished_at   timestamp with time zone,
    expires_at    timestamp with time zone not null,
    constraint ck_prepared_file_status check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);
create index ix_prepared_file_owner on prepared_file (owner, created_at);
create index ix_prepared_file_expiry on prepared_file (expires_at);

-- The file's bytes in chunks of at most one megabyte, written and read one at a time
create table prepared_file_chunk (
    file_id  uuid    not null,
    seq      integer not null,
    data     bytea   not null,
    constraint pk_prepared_file_chunk primary key (file_id, seq),
    constraint fk_prepared_file_chunk foreign key (file_id) references prepared_file (id) on delete cascade
);
