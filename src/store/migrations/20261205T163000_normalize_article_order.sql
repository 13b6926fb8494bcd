-- cfm_normalize as in 20261205T110000_normalize_decomposed_apostrophe, with one change that keeps
-- it equal to normalizeForSearch() in src/domain/arabic.ts: the Arabic article comes off word
-- starts before the whole-word articles are dropped, so that "الas s…" loses "ال" and then the
-- assimilated article "as" before "s…", as it does in TypeScript (src/services/search.test.ts).
CREATE OR REPLACE FUNCTION cfm_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    regexp_replace(
      btrim(regexp_replace(
        translate(
          replace(replace(replace(replace(
            regexp_replace(
              regexp_replace(
                normalize(lower(normalize(
                  regexp_replace(input, '[''`´ʹʺʻʼʽʾʿˈ‘’‛′]', '', 'g'), NFKD)), NFKD),
                '[''`´ʹʺʻʼʽʾʿˈ‘’‛′]', '', 'g'),
              '[\u0300-\u036F\u0483-\u0489\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08FF\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]',
              '', 'g'),
            'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'),
          'ٱىیةکøłđðıħ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ءـ',
          'ايي' || 'هكoldd' || 'ih' || '01234567890123456789'),
        '[^[:alnum:]]+', ' ', 'g')),
      '(^| )(?:ال)+(?=[^ ]{2})', '\1', 'g'),
    '(^| )(?:[ae]l|ال|[ae](?:th(?= th)|t(?= t)|dh(?= dh)|d(?= d)|rh(?= rh)|r(?= r)|sh(?= sh)|s(?= s)|zh(?= zh)|z(?= z)|nh(?= nh)|n(?= n)))(?= )',
    '', 'g'))
$$;
