-- Migration 2: the same event reported by several outlets becomes one event.
--
-- Events of the same type, dyad (source -> target, directed) and place are one
-- event while reports follow each other within `window_days`: a new cluster opens
-- when more than `window_days` pass since the previous report. The place is the
-- event's country, else its place name, else none. An event's day is its own
-- date, else the article's publication date; events with neither, and negated or
-- hypothetical events (which did not happen), are left out.
--
-- num_mentions counts every span that reports the event (evidence plus further
-- mentions, GDELT's NumMentions), num_articles the articles and num_sources the
-- distinct outlets (articles.source, else the URL, else the article).

CREATE MACRO event_clusters(window_days) AS TABLE
WITH reported AS (
    SELECT e.article_id, e.seq, e.event_id, e.type, e.mode, e.cameo, e.quad_class, e.goldstein,
           coalesce(e.source, '') AS src, coalesce(e.target, '') AS tgt,
           coalesce(e.location_country, e.location_name, '') AS place,
           e.location_name, e.location_country, e.lat, e.lon,
           coalesce(e.date_start, a.published) AS day,
           coalesce(a.source, a.url, a.article_id) AS outlet, a.url,
           1 + (SELECT count(*) FROM event_mentions m
                WHERE m.article_id = e.article_id AND m.event_seq = e.seq) AS spans
    FROM events e JOIN articles a USING (article_id)
    WHERE e.modality IN ('asserted', 'reported') AND coalesce(e.date_start, a.published) IS NOT NULL
),
marked AS (
    SELECT *, CASE WHEN day - lag(day) OVER w <= window_days THEN 0 ELSE 1 END AS opens
    FROM reported
    WINDOW w AS (PARTITION BY type, src, tgt, place ORDER BY day, article_id, seq)
),
numbered AS (
    SELECT *, sum(opens) OVER (PARTITION BY type, src, tgt, place ORDER BY day, article_id, seq
                               ROWS UNBOUNDED PRECEDING) AS cluster
    FROM marked
)
SELECT md5(concat_ws('|', type, src, tgt, place, min(day))) AS cluster_id,
       type, mode(mode) AS mode, mode(cameo) AS cameo, mode(quad_class) AS quad_class,
       avg(goldstein) AS goldstein,
       nullif(src, '') AS source, nullif(tgt, '') AS target, nullif(place, '') AS place,
       mode(location_name) AS location_name,
       mode(location_country) AS location_country, avg(lat) AS lat, avg(lon) AS lon,
       min(day) AS first_day, max(day) AS last_day,
       sum(spans)::BIGINT AS num_mentions, count(DISTINCT article_id) AS num_articles,
       count(DISTINCT outlet) AS num_sources, arg_min(url, day) AS source_url,
       list({'article_id': article_id, 'event_id': event_id} ORDER BY day, article_id, seq) AS reports
FROM numbered
GROUP BY type, src, tgt, place, cluster;

-- The clusters with the default window of three days.
CREATE VIEW merged_events AS SELECT * FROM event_clusters(3);
