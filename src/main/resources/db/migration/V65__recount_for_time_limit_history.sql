-- Records derived before V64 have no limits' history: mark the stored dates as counted under another law, so the
-- next start counts every record again (DeadlineRecomputation#recountIfTheLawChanged), which writes their rows.
update deadline_recount_state set law_fingerprint = 'V65: time-limit history to fill';
