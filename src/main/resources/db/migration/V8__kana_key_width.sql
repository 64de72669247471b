-- The matching key of ふりがな (KanaKey) is NFKC-normalised, and NFKC turns some kana into two: ゟ into より, ヿ into
-- コト. Two names of 100 such characters make a key of 400, which varchar(200) refused with an error (HTTP 500).
alter table person alter column kana_key set data type varchar(400);
