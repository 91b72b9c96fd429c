-- 023_weight_in_stones: body weights in stones and pounds for those who weigh in so.
--
-- A Londoner who typed "/weight 12 st 4" saw "172.0 lb" in every reply and chart after:
-- imperial units say pounds, and British scales and people say stones. weight_in_stones is
-- true once a weight is typed in stones ("12st 4", "12 stone") and false again once one is
-- typed in kg or lb; an imperial user's body weights then read "12 st 4 lb".

ALTER TABLE user_profiles ADD COLUMN weight_in_stones boolean NOT NULL DEFAULT false;
