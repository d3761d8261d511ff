SELECT
  `id`,
  CASE WHEN (`__os_bad` IS NULL AND `__os_s0_answered` >= 5) THEN CAST(`__os_s0_sum` AS DOUBLE) END AS `total`,
  CASE WHEN (`__os_bad` IS NULL AND `__os_s0_answered` >= 5) THEN CAST((`__os_s0_answered` * 8) AS DOUBLE) END AS `maximum`,
  CASE WHEN `__os_bad` IS NULL THEN `__os_answered` END AS `answered`,
  CASE WHEN (`__os_bad` IS NULL AND `__os_s0_answered` >= 5 AND CAST(`__os_s0_sum` AS DOUBLE) < CAST(10 AS DOUBLE)) THEN 'subclinical' WHEN (`__os_bad` IS NULL AND `__os_s0_answered` >= 5 AND CAST(`__os_s0_sum` AS DOUBLE) >= CAST(10 AS DOUBLE) AND CAST(`__os_s0_sum` AS DOUBLE) < CAST(21 AS DOUBLE)) THEN 'significant' WHEN (`__os_bad` IS NULL AND `__os_s0_answered` >= 5 AND CAST(`__os_s0_sum` AS DOUBLE) >= CAST(21 AS DOUBLE)) THEN 'moderately-severe' END AS `band`,
  CASE WHEN `__os_bad` IS NOT NULL THEN `__os_bad` ELSE CASE WHEN NOT (`__os_s0_answered` >= 5) THEN ('Total not computable: ' || CAST((5 - `__os_s0_answered`) AS STRING) || ' of its 5 items missing; at most 0 may be missing.') END END AS `error`
FROM (
  SELECT
    `id`,
    NULLIF(CONCAT_WS('; ', CASE WHEN (`item1` IS NOT NULL AND NOT (`item1` BETWEEN 0 AND 8)) THEN ('item1: \'' || CAST(`item1` AS STRING) || '\' is not an answer; answers are 0-8, NA or blank') END, CASE WHEN (`item2` IS NOT NULL AND NOT (`item2` BETWEEN 0 AND 8)) THEN ('item2: answer ' || CAST(`item2` AS STRING) || ' is outside the response scale 0-8') END, CASE WHEN (`item3` IS NOT NULL AND NOT (`item3` BETWEEN 0 AND 8)) THEN ('item3: answer ' || CAST(`item3` AS STRING) || ' is outside the response scale 0-8') END, CASE WHEN (`item4` IS NOT NULL AND NOT (`item4` BETWEEN 0 AND 8)) THEN ('item4: answer ' || CAST(`item4` AS STRING) || ' is outside the response scale 0-8') END, CASE WHEN (`item5` IS NOT NULL AND NOT (`item5` BETWEEN 0 AND 8)) THEN ('item5: answer ' || CAST(`item5` AS STRING) || ' is outside the response scale 0-8') END), '') AS `__os_bad`,
    (CASE WHEN `item1` BETWEEN 0 AND 8 THEN 1 ELSE 0 END + CASE WHEN `item2` BETWEEN 0 AND 8 THEN 1 ELSE 0 END + CASE WHEN `item3` BETWEEN 0 AND 8 THEN 1 ELSE 0 END + CASE WHEN `item4` BETWEEN 0 AND 8 THEN 1 ELSE 0 END + CASE WHEN `item5` BETWEEN 0 AND 8 THEN 1 ELSE 0 END) AS `__os_s0_answered`,
    (CASE WHEN `item1` BETWEEN 0 AND 8 THEN `item1` ELSE 0 END + CASE WHEN `item2` BETWEEN 0 AND 8 THEN `item2` ELSE 0 END + CASE WHEN `item3` BETWEEN 0 AND 8 THEN `item3` ELSE 0 END + CASE WHEN `item4` BETWEEN 0 AND 8 THEN `item4` ELSE 0 END + CASE WHEN `item5` BETWEEN 0 AND 8 THEN `item5` ELSE 0 END) AS `__os_s0_sum`,
    (CASE WHEN `item1` BETWEEN 0 AND 8 THEN 1 ELSE 0 END + CASE WHEN `item2` BETWEEN 0 AND 8 THEN 1 ELSE 0 END + CASE WHEN `item3` BETWEEN 0 AND 8 THEN 1 ELSE 0 END + CASE WHEN `item4` BETWEEN 0 AND 8 THEN 1 ELSE 0 END + CASE WHEN `item5` BETWEEN 0 AND 8 THEN 1 ELSE 0 END) AS `__os_answered`
  FROM answers
) AS `__os_facts`
