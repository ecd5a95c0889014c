-- floor: one scan of the table
SELECT count(*) FROM events;
