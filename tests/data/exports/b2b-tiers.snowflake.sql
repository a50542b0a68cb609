-- Segment Designer rules "B2B tiers" for snowflake, as of 2024-06-30
WITH sd_t0 AS (
  SELECT "lead_id" AS sd_key,
    "email_opens" AS sd_c0,
    "pricing_page_visits" AS sd_c1,
    "webinar_attended" AS sd_c2,
    "demo_requested" AS sd_c3,
    "last_activity" AS sd_c4,
    "employees" AS sd_c5
  FROM "leads"
),
sd_t1 AS (
  SELECT sd_t0.*, GREATEST(LEAST((CAST(0 AS DOUBLE) + CASE WHEN sd_c0 IS NOT NULL THEN LEAST(1 * sd_c0, 20) ELSE 0 END + CASE WHEN (sd_c1 IS NOT NULL AND sd_c1 >= 1) THEN 15 ELSE 0 END + CASE WHEN (sd_c2 IS NOT NULL AND sd_c2 = TRUE) THEN 20 ELSE 0 END + CASE WHEN (sd_c3 IS NOT NULL AND sd_c3 = TRUE) THEN 30 ELSE 0 END + CASE WHEN (sd_c4 IS NOT NULL AND sd_c4 >= DATE '2024-05-31' AND sd_c4 <= DATE '2024-06-30') THEN 10 ELSE 0 END), 100), 0) AS sd_s0
  FROM sd_t0
)
SELECT sd_key AS "lead_id",
  CASE WHEN (sd_c5 IS NOT NULL AND sd_c5 >= 1000) THEN CASE WHEN (sd_s0 >= 65) THEN 'enterprise-hot' WHEN (sd_s0 >= 45) THEN 'enterprise-warm' WHEN (1 = 1) THEN 'enterprise-cold' ELSE 'enterprise/~' END WHEN (sd_c5 IS NOT NULL AND sd_c5 >= 200 AND sd_c5 <= 999) THEN CASE WHEN (sd_s0 >= 55) THEN 'mid-market-hot' WHEN (sd_s0 >= 35) THEN 'mid-market-warm' WHEN (1 = 1) THEN 'mid-market-cold' ELSE 'mid_market/~' END WHEN (sd_c5 IS NOT NULL AND sd_c5 < 200) THEN CASE WHEN (sd_s0 >= 50) THEN 'smb-qualified' WHEN (1 = 1) THEN 'smb-nurture' ELSE 'smb/~' END ELSE '~' END AS segment_id, sd_s0 AS "engagement"
FROM sd_t1;
