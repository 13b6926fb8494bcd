-- cfm:rehash mission
-- The joint body's make-up (issue 13): who chairs it and which parties' delegations sit on it,
-- from the mission profile's `jointBody.chair` and `jointBody.delegations` (missions/README.md).
-- The Hudaydah RCC is chaired by the United Nations, with the delegations of the Government of
-- Yemen and of Ansar Allah (domain.md §2.3); a mission set up from a profile creates those
-- delegations (without members: an administrator names them).
ALTER TABLE mission ADD COLUMN joint_body_chair jsonb;
ALTER TABLE mission ADD COLUMN joint_body_delegations text[] NOT NULL DEFAULT '{}';

-- Missions created from the two shipped profiles before the profiles said it get it now (the
-- same text as missions/<name>/mission.json).
UPDATE mission SET
  joint_body_chair = '{"en": "United Nations Support Mission in Libya (UNSMIL), as facilitator", "ar": "بعثة الأمم المتحدة للدعم في ليبيا، بصفتها ميسّرًا"}'::jsonb,
  joint_body_delegations = '{GNA,LNA}'
WHERE code = 'libya-2020';
UPDATE mission SET
  joint_body_chair = '{"en": "United Nations", "ar": "الأمم المتحدة"}'::jsonb,
  joint_body_delegations = '{GOY,ANSAR}'
WHERE code = 'hodeidah-2019';
