SELECT
  "id",
  CASE WHEN ("__os_bad" IS NULL AND "__os_s0_answered" >= 1) THEN (CAST("__os_s0_sum" AS DOUBLE PRECISION) / CAST(NULLIF("__os_s0_answered", 0) AS DOUBLE PRECISION)) END AS "mean",
  CASE WHEN "__os_bad" IS NULL THEN "__os_answered" END AS "answered",
  CASE WHEN "__os_bad" IS NOT NULL THEN "__os_bad" ELSE CASE WHEN NOT ("__os_s0_answered" >= 1) THEN ('Mean of goals not computable: ' || CAST((3 - "__os_s0_answered") AS TEXT) || ' of its 3 items missing; at most 2 may be missing.') END END AS "error"
FROM (
  SELECT
    "id",
    NULLIF(CONCAT_WS('; ', CASE WHEN ("item1" IS NOT NULL AND NOT ("item1" BETWEEN 0 AND 10)) THEN ('item1: answer ' || CAST("item1" AS TEXT) || ' is outside the response scale 0-10') END, CASE WHEN ("item2" IS NOT NULL AND NOT ("item2" BETWEEN 0 AND 10)) THEN ('item2: answer ' || CAST("item2" AS TEXT) || ' is outside the response scale 0-10') END, CASE WHEN ("item3" IS NOT NULL AND NOT ("item3" BETWEEN 0 AND 10)) THEN ('item3: answer ' || CAST("item3" AS TEXT) || ' is outside the response scale 0-10') END), '') AS "__os_bad",
    (CASE WHEN "item1" BETWEEN 0 AND 10 THEN 1 ELSE 0 END + CASE WHEN "item2" BETWEEN 0 AND 10 THEN 1 ELSE 0 END + CASE WHEN "item3" BETWEEN 0 AND 10 THEN 1 ELSE 0 END) AS "__os_s0_answered",
    (CASE WHEN "item1" BETWEEN 0 AND 10 THEN "item1" ELSE 0 END + CASE WHEN "item2" BETWEEN 0 AND 10 THEN "item2" ELSE 0 END + CASE WHEN "item3" BETWEEN 0 AND 10 THEN "item3" ELSE 0 END) AS "__os_s0_sum",
    (CASE WHEN "item1" BETWEEN 0 AND 10 THEN 1 ELSE 0 END + CASE WHEN "item2" BETWEEN 0 AND 10 THEN 1 ELSE 0 END + CASE WHEN "item3" BETWEEN 0 AND 10 THEN 1 ELSE 0 END) AS "__os_answered"
  FROM answers
) AS "__os_facts"
