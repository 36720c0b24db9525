-- The one search's words through a word index (issue 14): to_tsvector('simple') splits a search key (V79: folded
-- words a-z 0-9, one space apart) into exactly its words, so a GIN index on it holds each word's rows. The trigram
-- indexes answered '% word %' with the rows of every word sharing a trigram, rechecked one by one: a moderately
-- common word took 100-350 ms at a million records. The trigram indexes stay for the lists' "contains" search.
create index ix_record_search_words on oversight_record using gin (to_tsvector('simple'::regconfig, search_text));
create index ix_record_person_search_words on record_person using gin (to_tsvector('simple'::regconfig, search_text));
create index ix_record_note_search_words on record_note using gin (to_tsvector('simple'::regconfig, search_text));
create index ix_task_search_words on task using gin (to_tsvector('simple'::regconfig, search_text));
create index ix_meeting_search_words on meeting using gin (to_tsvector('simple'::regconfig, search_text));
create index ix_proposal_search_words on proposal using gin (to_tsvector('simple'::regconfig, search_text));
create index ix_inspection_search_words on inspection using gin (to_tsvector('simple'::regconfig, search_text));
create index ix_situation_search_words on situation using gin (to_tsvector('simple'::regconfig, search_text));
create index ix_attachment_search_words on attachment using gin (to_tsvector('simple'::regconfig, search_text));
