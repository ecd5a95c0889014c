-- stored activity: build activity_by_user (one row per user: its active UTC days) from all events; the setup of the *_from_activity queries
-- compare: group_by_user_ts, activity_build_floor
DROP TABLE IF EXISTS activity_by_user;
CREATE TABLE activity_by_user (user_id bigint PRIMARY KEY, act activity);
INSERT INTO activity_by_user SELECT user_id, activity(event_time, 'UTC') FROM events GROUP BY user_id;
