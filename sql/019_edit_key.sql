-- 019_edit_key: an edit of an entry's items is written once per operation.
--
-- An edit naming a dish ("no cheese sandwich", "actually it was 2 cheese sandwiches") takes
-- several items out and puts others in, in one transaction; edited_by is the key of the
-- edit that did it last (healthbot.ops.OpKey.step), so that a retried update finds its
-- edit done and changes nothing more.

ALTER TABLE food_entries ADD COLUMN edited_by text;
