-- The one search chooses between walking the newest rows and the word index from the word index's statistics
-- (pg_stats.most_common_elems: each common word's frequency). With the default target (100) ANALYZE keeps only
-- the words in about one row in ten of the proposals' sample, so a word in one in twenty was taken for a rare one
-- and read through the index (its thousands of rows, for a reader who sees few of them: 76 ms); with 1000 it keeps
-- words down to about three rows in ten thousand. ANALYZE reads a larger sample (300,000 rows: about 25 s for a
-- million records, in autovacuum's background).
alter index ix_record_search_words alter column 1 set statistics 1000;
alter index ix_record_person_search_words alter column 1 set statistics 1000;
alter index ix_record_note_search_words alter column 1 set statistics 1000;
alter index ix_task_search_words alter column 1 set statistics 1000;
alter index ix_meeting_search_words alter column 1 set statistics 1000;
alter index ix_proposal_search_words alter column 1 set statistics 1000;
alter index ix_inspection_search_words alter column 1 set statistics 1000;
alter index ix_situation_search_words alter column 1 set statistics 1000;
alter index ix_attachment_search_words alter column 1 set statistics 1000;
