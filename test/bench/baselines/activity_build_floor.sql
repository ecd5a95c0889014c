-- floor of building a one-row-per-user table: max(event_time) per user written to a table with a primary key
DROP TABLE IF EXISTS activity_build_floor;
CREATE TABLE activity_build_floor (user_id bigint PRIMARY KEY, m timestamptz);
INSERT INTO activity_build_floor SELECT user_id, max(event_time) FROM events GROUP BY user_id;
DROP TABLE activity_build_floor;
