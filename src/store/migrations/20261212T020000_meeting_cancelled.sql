-- A commission meeting called off before it met is "cancelled", no longer "closed" (issue 13: a
-- cancelled meeting showed "Closed", as if it had met and its record were final). It takes no
-- attendance, minutes, decision nor action item. Meetings closed while still planned before this
-- change keep "closed": which of them were called off is in the audit log
-- (commission.meeting_changed from "planned" to "closed"), and a record is never rewritten.
ALTER TABLE commission_meetings DROP CONSTRAINT commission_meetings_status_check;
ALTER TABLE commission_meetings ADD CONSTRAINT commission_meetings_status_check
  CHECK (status IN ('planned', 'held', 'closed', 'cancelled'));
