-- 024_weight_corrected: what a weigh-in said before a correction in words changed it.
--
-- "I meant 185 lb" retried (a crash before the update was marked done) found the weigh-in
-- changed already and answered "Changed your weigh-in to 185.0 lb (it said 185.0 lb)".
-- corrected_by is the key of the operation that corrected the weigh-in last, and
-- corrected_from the weight it replaced: a retry of the same operation keeps it.

ALTER TABLE weight_logs ADD COLUMN corrected_by text, ADD COLUMN corrected_from numeric(5, 2);
