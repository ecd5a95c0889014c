-- floor: a bare GROUP BY user_id over the whole table
SELECT count(*) FROM (SELECT user_id, count(*) FROM events GROUP BY user_id) s;
