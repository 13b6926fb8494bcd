-- Search normalisation in SQL, the same as normalizeForSearch() in src/domain/arabic.ts, so that
-- stored text and the query (normalised in the application) meet in one form on both engines.
-- src/services/search.test.ts checks on random Arabic and Latin strings that the two agree.
--
-- Steps, in the order of the TypeScript:
--   1. apostrophes and ayn/hamza signs inside transliterated words go (Bu'airat → Buairat);
--   2. NFKD, lower case, NFKD again; combining marks go: Latin accents, Arabic harakat
--      (U+064B–U+065F, including hamza and madda above/below, so أ إ آ ؤ ئ lose their hamza),
--      superscript alef U+0670 and the Quranic signs;
--   3. letter variants: ٱ→ا, ى and ی→ي, ة→ه, ک→ك; hamza on the line ء and tatweel ـ go;
--      a few Latin letters without a decomposition (ß→ss, ø→o …); Eastern digits → 0–9;
--   4. every run of characters that are neither letters nor digits becomes one space;
--   5. the article goes: a whole word al/el/ال (or a sun-letter form: ash Shati, az Zawiyah)
--      before another word, then a leading ال of any word that keeps at least two letters.
CREATE FUNCTION cfm_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(
    btrim(regexp_replace(
      btrim(regexp_replace(
        translate(
          replace(replace(replace(replace(
            regexp_replace(
              normalize(lower(normalize(
                regexp_replace(input, '[''`´ʹʺʻʼʽʾʿˈ‘’‛′]', '', 'g'), NFKD)), NFKD),
              '[\u0300-\u036F\u0483-\u0489\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08FF\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]',
              '', 'g'),
            'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'),
          'ٱىیةکøłđðıħ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ءـ',
          'ايي' || 'هكoldd' || 'ih' || '01234567890123456789'),
        '[^[:alnum:]]+', ' ', 'g')),
      '(^| )(?:[ae]l|ال|[ae](?:th(?= th)|t(?= t)|dh(?= dh)|d(?= d)|rh(?= rh)|r(?= r)|sh(?= sh)|s(?= s)|zh(?= zh)|z(?= z)|nh(?= nh)|n(?= n)))(?= )',
      '', 'g')),
    '(^| )(?:ال)+(?=[^ ]{2})', '\1', 'g')
$$;
