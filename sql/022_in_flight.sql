-- 022_in_flight: a reply's send is on record before its request, so that after a kill -9 the
-- daemon taking the chat over can ask Telegram whether it arrived (`telegram/probe.py`).
--
-- A reply's ledger row is now written twice: 'pending' (in flight) before the request, with
-- the highest message id the daemon had seen by then (after_message_id: the reply's own id,
-- if Telegram took it, is above it), then 'sent' with Telegram's answer. The probe looks for
-- the reply among the message ids above that which no record names: a bot's message ids in
-- private chats are one sequence for all its chats, the users' messages included, so the
-- ids of the inbox's messages (message_id, kept after the payload is dropped) and of the
-- ledger's replies are the ones it can leave out.

ALTER TABLE outbox ADD COLUMN after_message_id bigint;
ALTER TABLE update_inbox ADD COLUMN message_id bigint;
-- The replies in flight of a chat (few: a record replaces each within a round trip).
CREATE INDEX outbox_in_flight_idx ON outbox (chat_id) WHERE status = 'pending';
-- Which message ids are known: the bot's replies, and the users' messages.
CREATE INDEX outbox_message_idx ON outbox (telegram_message_id)
    WHERE telegram_message_id IS NOT NULL;
CREATE INDEX update_inbox_message_idx ON update_inbox (message_id) WHERE message_id IS NOT NULL;
