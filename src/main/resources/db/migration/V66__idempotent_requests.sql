-- Idempotency-Key on the create APIs (shared.web.IdempotentRequests): the first successful answer to a
-- user's request with a key, written in the transaction of what it created, so a retry with the same key
-- gets this answer back instead of writing again. Rows older than a day are deleted by a scheduled job.
create table idempotent_request (
    username     varchar(64)              not null,
    request_key  varchar(128)             not null,
    endpoint     varchar(300)             not null,
    status       integer                  not null,
    location     varchar(500),
    body         text,
    created_at   timestamp with time zone not null,
    primary key (username, request_key)
);
create index ix_idempotent_request_created on idempotent_request (created_at);
