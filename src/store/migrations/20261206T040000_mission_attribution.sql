-- cfm:rehash mission
-- The credits of a mission profile's geographic data (issue 12): `attribution` in mission.json,
-- a list of { "en": …, "ar": … }, shown in the map's attribution control instead of fixed text.
ALTER TABLE mission ADD COLUMN attribution jsonb NOT NULL DEFAULT '[]';

-- Missions created from the two shipped profiles before the profiles carried their credits get
-- them now (the same text as missions/<name>/mission.json).
UPDATE mission SET attribution = '[
  {"en": "Boundaries: Natural Earth (public domain)", "ar": "الحدود: Natural Earth (ملكية عامة)"},
  {"en": "Places: © OpenStreetMap contributors (ODbL 1.0); GeoNames (CC BY 4.0)", "ar": "الأماكن: © المساهمون في OpenStreetMap ‏(ODbL 1.0)؛ GeoNames ‏(CC BY 4.0)"}
]'::jsonb WHERE code = 'libya-2020';
UPDATE mission SET attribution = '[
  {"en": "Boundaries: Natural Earth (public domain)", "ar": "الحدود: Natural Earth (ملكية عامة)"},
  {"en": "Places: GeoNames (CC BY 4.0)", "ar": "الأماكن: GeoNames ‏(CC BY 4.0)"}
]'::jsonb WHERE code = 'hodeidah-2019';
