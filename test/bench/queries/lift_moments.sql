-- moments() of the purchase revenue per variant, straight over the events
-- compare: count_star, lift_plain_moments
SELECT variant, moments_n(m), moments_mean(m), moments_variance(m)
FROM (SELECT variant, moments(revenue::float8) AS m FROM events GROUP BY variant) s;
