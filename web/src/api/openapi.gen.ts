// Generated from docs/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, which database engine serves the data, and whether it is read-only */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with a password. Answers a session (bearer token and cookie), or, when the user has a second factor, a challenge for POST /auth/login/second-factor */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second login step: a code from the authenticator app, or a recovery code */
        post: operations["postAuthLoginSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is logged in, and whether a second factor must still be set up */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user, or null when nobody is logged in */
        get: operations["getAuthSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password; your other sessions end. A user given an initial password must do this first */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up an authenticator app: a new secret, its otpauth URI and a QR code (SVG) */
        post: operations["postAuthTotpEnrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the authenticator with a first code; answers the recovery codes, shown this once */
        post: operations["postAuthTotpConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your active sessions; `current` marks the one making this request */
        get: operations["getAuthSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of your sessions */
        delete: operations["deleteAuthSessionsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (never their secrets), newest first */
        get: operations["getAuthTokens"];
        put?: never;
        /** Create an API token for a machine client; the token is in this answer only, store it now */
        post: operations["postAuthTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: operations["deleteAuthTokensId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The users, filtered: role, party, team, second factor, active sessions, last login (admin; no secrets) */
        get: operations["getAdminUsers"];
        put?: never;
        /** Create a user; answers a one-time enrolment link with which they choose their password, or, given an initial password, no link: the user must change that password at first log-in (admin) */
        post: operations["postAdminUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's active sessions (admin) */
        get: operations["getAdminUsersIdSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End any user's session (admin) */
        delete: operations["deleteAdminSessionsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/second-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a user's second factor (a lost phone); they enrol again at next login */
        post: operations["postAdminUsersIdSecondFactorReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/emergency/read-only": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch read-only mode on or off: while on, every change is refused */
        post: operations["postAdminEmergencyReadOnly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/emergency/revoke-all-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session and revoke every API token, yours included */
        post: operations["postAdminEmergencyRevokeAllSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's display name, role, party or team (admin) */
        patch: operations["patchAdminUsersId"];
        trace?: never;
    };
    "/api/v1/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user: they cannot log in; their sessions and API tokens end (admin) */
        post: operations["postAdminUsersIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled user again (admin) */
        post: operations["postAdminUsersIdEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/enrolment-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new one-time enrolment link for a user; earlier links stop working (admin) */
        post: operations["postAdminUsersIdEnrolmentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow an enrolment link: choose a password (once). Then log in with it and set up a second factor */
        post: operations["postAuthEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every team with its area (sectors), need-to-know and member count (admin) */
        get: operations["getAdminTeams"];
        put?: never;
        /** Create a team with its area of responsibility (admin) */
        post: operations["postAdminTeams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/teams/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a team's names, area or need-to-know (admin) */
        patch: operations["patchAdminTeamsCode"];
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reports visible to the caller, newest first */
        get: operations["getReports"];
        put?: never;
        /** File a report (party complaint, monitor observation, public report …) */
        post: operations["postReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every report of the list (same filters and order) as CSV, at most 50,000 rows */
        get: operations["getReportsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report, with its evidence hashes */
        get: operations["getReportsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Amend a report: stores a new version linked to the old one */
        post: operations["postReportsIdAmendments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Triage: close a report as out of scope, with a reason */
        post: operations["postReportsIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List incidents visible to the caller */
        get: operations["getIncidents"];
        put?: never;
        /** Triage: open an incident from untriaged reports */
        post: operations["postIncidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every incident of the list (same filters and order) as CSV, at most 50,000 rows */
        get: operations["getIncidentsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident with its reports, findings and the caller's next actions */
        get: operations["getIncidentsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Triage: merge a duplicate report into this incident */
        post: operations["postIncidentsIdReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the case to another state */
        post: operations["postIncidentsIdTransitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a new version of the finding */
        post: operations["postIncidentsIdFindings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/classification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chief: reclassify an incident (who may read it, which parties, embargo) */
        post: operations["postIncidentsIdClassification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Right of reply: the draft finding (without sources) and the reply deadline */
        get: operations["getIncidentsIdDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Right of reply: a party's reply to the draft finding, before the deadline */
        post: operations["postIncidentsIdReplies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Releases visible to the caller (parties: only once their instant has passed) */
        get: operations["getReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One release: the frozen content every recipient reads, and its SHA-256 */
        get: operations["getReleasesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published findings (no login): public narrative, coordinates on a 0.1° grid */
        get: operations["getPublicIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published finding (no login) */
        get: operations["getPublicIncidentsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report's evidence: metadata and SHA-256 hashes */
        get: operations["getReportsIdEvidence"];
        put?: never;
        /**
         * Attach a file to a report as evidence (multipart/form-data)
         * @description One file in the form field `file`; an optional text field `note`, sent before the file. The type is detected from the bytes: JPEG, PNG, WebP, HEIC, MP4, QuickTime, WebM, PDF, MP3, M4A, Ogg audio, WAV. The answer carries the SHA-256 the file is stored under.
         */
        post: operations["postReportsIdEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One evidence item's metadata, with its custody log for the mission and auditor */
        get: operations["getEvidenceId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the original file; the download is recorded in its custody log */
        get: operations["getEvidenceIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries, oldest or newest first, by subject and time (auditor and chief) */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entries of the log (same filters), newest first, as CSV, at most 50,000 rows */
        get: operations["getAuditCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the audit chain and check every audited row */
        get: operations["getAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/slice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every entry of a time range, with the hash before it and the head, to check offline (`cfm audit verify-export`) */
        get: operations["getAuditSlice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreements in force and their provisions (public texts; any logged-in user) */
        get: operations["getAgreements"];
        put?: never;
        /** Record an agreement with its provisions, each at version 1 (chief, admin; audited) */
        post: operations["postAgreements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an agreements.json file: created, new versions, or no change (chief, admin; audited)
         * @description One transaction: a problem anywhere refuses the whole file with a 400 `validation_failed` whose details.problems give file, line, column, path and message. The same file twice changes nothing; a changed wording is a new provision version.
         */
        post: operations["postAgreementsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an agreement's titles, dates or authoritative language (chief, admin; audited) */
        patch: operations["patchAgreementsId"];
        trace?: never;
    };
    "/api/v1/agreements/{id}/provisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a provision to an agreement (chief, admin; audited) */
        post: operations["postAgreementsIdProvisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provisions/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A provision's every wording, with who recorded it, when and why (any logged-in user)
         * @description Findings cite a provision's code; the wording they cite is the version in force when the finding was drafted: pass the finding's drafting time as `at`.
         */
        get: operations["getProvisionsIdVersions"];
        put?: never;
        /** Record a new wording of a provision; the old one stays readable (chief, admin; audited) */
        post: operations["postProvisionsIdVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provisions/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a provision: new findings may no longer cite it (chief, admin; audited) */
        post: operations["postProvisionsIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the gazetteer by Arabic or Latin name, best match first */
        get: operations["getPlaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The places the map names in a view: in the box, of the kinds named at the zoom, the most important first (kind, then population), capped */
        get: operations["getPlacesLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gazetteer/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The gazetteer's places with all their names, by name or matching q in either script (admin, chief, analyst) */
        get: operations["getGazetteerPlaces"];
        put?: never;
        /** Add a place, named in Latin and Arabic script (admin, chief, analyst; audited) */
        post: operations["postGazetteerPlaces"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gazetteer/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One place; the id of a duplicate merged away answers with the place it was merged into */
        get: operations["getGazetteerPlacesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gazetteer/places/{id}/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a place's position (admin, chief, analyst); the old one is kept in the audit entry */
        post: operations["postGazetteerPlacesIdPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gazetteer/merges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate into the place that stays: its names become variants, its id leads to the survivor (admin, chief; audited) */
        post: operations["postGazetteerMerges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gazetteer/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a place file: the project's gazetteer JSON, GeoNames TSV, OpenStreetMap places CSV or GeoJSON points (admin, chief; audited)
         * @description All or nothing: a file with any problem is refused (400 validation_failed) and `details.problems` lists each with its `line` and `field`. Places whose id the gazetteer holds already are left as they are, so importing a file again adds nothing.
         */
        post: operations["postGazetteerImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Located reports visible to the caller as GeoJSON; grid clusters when many */
        get: operations["getReportsGeojson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Located incidents visible to the caller as GeoJSON; grid clusters when many */
        get: operations["getIncidentsGeojson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/map/reports/time-extent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When the located reports visible to the caller happened (earliest end, latest start) */
        get: operations["getMapReportsTimeExtent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/map/incidents/time-extent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When the located incidents visible to the caller happened (earliest end, latest start) */
        get: operations["getMapIncidentsTimeExtent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Triage: incidents and untriaged reports most likely describing the same event, scored with reasons */
        get: operations["getReportsIdCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident's history from the audit log (the mission's case roles) */
        get: operations["getIncidentsIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parties to the agreements: code, full and short names in each language, map colour (any logged-in user) */
        get: operations["getParties"];
        put?: never;
        /** Add a party (admin; audited). Its code never changes afterwards */
        post: operations["postParties"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a party's names, short names or colour (admin; audited) */
        patch: operations["patchPartiesCode"];
        trace?: never;
    };
    "/api/v1/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The joint body's delegations (admin, chief and the chair: all; a party's commission members and liaisons: their own) */
        get: operations["getDelegations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a party's delegation: its members and head (admin; audited) */
        put: operations["putDelegationsCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mission this server serves: names, languages, time zone, reply window, release rules, joint body, area (no login needed: the login page shows its name) */
        get: operations["getMission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mission/geography": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mission's outline, districts and sectors as GeoJSON FeatureCollections (public map geography, no login needed) */
        get: operations["getMissionGeography"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mission/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the mission's settings: languages, time zone, reply window, release rules (administrators; audited) */
        patch: operations["patchMissionSettings"];
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search reports and incidents the caller may see (Arabic spelling variants and place-name variants match; a tracking id or reference finds its record first) */
        get: operations["getSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dashboard counts and daily trend, within what the caller may see */
        get: operations["getStatsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monitors a task may be assigned to (tasking roles) */
        get: operations["getMonitors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An incident's tasks (tasking roles) */
        get: operations["getIncidentsIdTasks"];
        put?: never;
        /** Assign a site visit or a request for information on an incident to a monitor */
        post: operations["postIncidentsIdTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own tasks (a monitor's list), active first, with counts per status */
        get: operations["getMeTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task (its monitor, or a tasking role) */
        get: operations["getTasksId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The assigned monitor accepts the task */
        post: operations["postTasksIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The assigned monitor declines the task, saying why */
        post: operations["postTasksIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The assigned monitor completes an accepted task with its result */
        post: operations["postTasksIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A tasking role cancels an open or accepted task, saying why */
        post: operations["postTasksIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Commitments you may read, soonest due first (a party: its own and the public) */
        get: operations["getCommitments"];
        put?: never;
        /** Enter a commitment or confidence-building measure (the chief, an analyst) */
        post: operations["postCommitments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/scoreboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per party and per clause: due, met, late, disputed (of what you may read) */
        get: operations["getCommitmentsScoreboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/commitments/scoreboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public scoreboard (no login): only commitments marked public */
        get: operations["getPublicCommitmentsScoreboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One commitment: deadlines, phases, dependencies both ways, observations */
        get: operations["getCommitmentsId"];
        /** Edit a commitment (the chief, an analyst); its status stays */
        put: operations["putCommitmentsId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a commitment's status, or mark a phase met (the chief, an analyst) */
        post: operations["postCommitmentsIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/{id}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record progress with evidence (monitors, analysts, the chief, commission) */
        post: operations["postCommitmentsIdObservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/{id}/breach-incident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open an incident (taxonomy class E) for an overdue or reversed commitment (the chief) */
        post: operations["postCommitmentsIdBreachIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitment-anchors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The anchor events deadlines count from (D = the signature) */
        get: operations["getCommitmentAnchors"];
        /** Add an anchor event or set its date; deadlines counted from it follow */
        put: operations["putCommitmentAnchors"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/layers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Geo layers with their versions (no geometry; export a version for that) */
        get: operations["getGeoLayers"];
        put?: never;
        /** Define a geo layer (analyst, chief) */
        post: operations["postGeoLayers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/layers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One geo layer with its versions */
        get: operations["getGeoLayersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/layers/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a version of a layer: JSON with a GeoJSON geometry, or a file upload
         * @description JSON: the fields of LayerVersionBody, `geometry` a GeoJSON geometry in [lon, lat]. Upload (multipart/form-data): the file (.geojson, .json or .kml, one feature) in the field `file` and the same fields as form fields; a field left out may come from the file's properties (an exported version re-imports as it is). A version that starts after the layer's open-ended one ends it; overlapping validity is refused. Invalid geometry is a 400 `invalid_geometry` whose details say where each problem is.
         */
        post: operations["postGeoLayersIdVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/layers/{id}/versions/{v}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an open-ended version's validity (audited; set once) */
        post: operations["postGeoLayersIdVersionsVEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/layers/{id}/versions/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export one version as GeoJSON (<v>.geojson) or KML (<v>.kml) */
        get: operations["getGeoLayersIdVersionsFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluate a point at a time against the layers valid then */
        get: operations["getGeoEvaluate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/map/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the web map may load: the operator's PMTiles basemap, when configured */
        get: operations["getMapConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /**
                 * @description Stable: clients decide on it (the message may change)
                 * @enum {string}
                 */
                code: "account_locked" | "agreement_not_found" | "assignee_not_found" | "assignee_not_monitor" | "classification_not_allowed" | "commitment_anchor_not_found" | "commitment_breach_exists" | "commitment_dependency_cycle" | "commitment_not_found" | "commitment_transition_not_allowed" | "conflict" | "csrf_rejected" | "delegation_member_invalid" | "enrolment_link_invalid" | "evidence_not_found" | "evidence_too_large" | "evidence_type_not_allowed" | "export_too_large" | "finding_not_editable" | "finding_required" | "forbidden" | "four_eyes_violation" | "idempotency_key_reused" | "impossible_time" | "incident_not_found" | "internal_error" | "invalid_credentials" | "invalid_geometry" | "invalid_json" | "invalid_mission_profile" | "invalid_request" | "invalid_second_factor" | "last_administrator" | "layer_not_found" | "layer_version_not_found" | "layer_version_overlap" | "login_challenge_invalid" | "mission_mismatch" | "mission_not_initialised" | "not_found" | "party_exists" | "party_not_found" | "password_change_required" | "payload_too_large" | "place_not_found" | "provision_not_found" | "provision_retired" | "rate_limited" | "read_only_mode" | "release_not_found" | "release_not_permitted" | "release_parties_first" | "reply_not_open" | "reply_window_closed" | "report_already_triaged" | "report_not_found" | "report_superseded" | "route_not_found" | "second_factor_already_enrolled" | "second_factor_code_used" | "second_factor_enrolment_required" | "second_factor_not_started" | "session_not_found" | "source_kind_not_allowed" | "task_not_found" | "task_report_not_found" | "task_transition_not_allowed" | "team_code_taken" | "team_not_found" | "token_expiry_invalid" | "token_not_found" | "token_scope_insufficient" | "transition_not_allowed" | "transition_role_forbidden" | "unauthenticated" | "unsupported_media_type" | "user_not_found" | "username_taken" | "validation_failed" | "weak_password";
                /** @description For a person, in English */
                message: string;
                /** @description What the code needs: the invalid fields, limits, … */
                details?: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        version: string;
                        readOnly: {
                            enabled: boolean;
                            reason: string | null;
                            since: string | null;
                        };
                    };
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The bearer token; the session cookie carries the same session */
                        token: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        expiresAt: string;
                        /** @description A password-only session: set up a second factor before anything else */
                        enrolmentRequired: boolean;
                        /** @description Logged in with an initial password an administrator gave: change it (POST /auth/password) before anything else, then set up a second factor */
                        passwordChangeRequired: boolean;
                        user: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "intake" | "monitor" | "analyst" | "reviewer" | "chief" | "liaison" | "commission" | "auditor" | "admin";
                            /** @description A liaison's party code; null for the mission */
                            party: string | null;
                        };
                    } | {
                        /** @enum {boolean} */
                        secondFactorRequired: true;
                        /** @description Send it with the code to POST /auth/login/second-factor */
                        challenge: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLoginSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description From the password step's answer */
                    challenge: string;
                    /** @description The 6-digit code the authenticator app shows now */
                    code?: string;
                    /** @description One of the recovery codes given at enrolment (each works once) */
                    recoveryCode?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The bearer token; the session cookie carries the same session */
                        token: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        expiresAt: string;
                        /** @description A password-only session: set up a second factor before anything else */
                        enrolmentRequired: boolean;
                        /** @description Logged in with an initial password an administrator gave: change it (POST /auth/password) before anything else, then set up a second factor */
                        passwordChangeRequired: boolean;
                        user: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "intake" | "monitor" | "analyst" | "reviewer" | "chief" | "liaison" | "commission" | "auditor" | "admin";
                            /** @description A liaison's party code; null for the mission */
                            party: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to answer */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        username: string;
                        /** @enum {string} */
                        role: "intake" | "monitor" | "analyst" | "reviewer" | "chief" | "liaison" | "commission" | "auditor" | "admin";
                        /** @description A liaison's party code; null for the mission */
                        party: string | null;
                        enrolmentRequired: boolean;
                        /** @description Still the initial password an administrator gave: change it before anything else */
                        passwordChangeRequired: boolean;
                        secondFactor: {
                            enrolled: boolean;
                            recoveryCodesLeft: number;
                        };
                        /**
                         * @description How the caller authenticated
                         * @enum {string|null}
                         */
                        via: "session" | "token" | null;
                        /** @description The caller's team, if any */
                        team: {
                            code: string;
                            nameEn: string;
                            nameAr: string;
                            /** @description The team's area: lists and the map open on it */
                            sectors: string[];
                            /** @description The caller reads nothing outside the area */
                            areaOnly: boolean;
                        } | null;
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null when nobody is logged in */
                        user: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            username: string;
                            /** @enum {string} */
                            role: "intake" | "monitor" | "analyst" | "reviewer" | "chief" | "liaison" | "commission" | "auditor" | "admin";
                            /** @description A liaison's party code; null for the mission */
                            party: string | null;
                            enrolmentRequired: boolean;
                            /** @description Still the initial password an administrator gave: change it before anything else */
                            passwordChangeRequired: boolean;
                            secondFactor: {
                                enrolled: boolean;
                                recoveryCodesLeft: number;
                            };
                            /**
                             * @description How the caller authenticated
                             * @enum {string|null}
                             */
                            via: "session" | "token" | null;
                            /** @description The caller's team, if any */
                            team: {
                                code: string;
                                nameEn: string;
                                nameAr: string;
                                /** @description The team's area: lists and the map open on it */
                                sectors: string[];
                                /** @description The caller reads nothing outside the area */
                                areaOnly: boolean;
                            } | null;
                        } | null;
                    };
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The password used now */
                    current: string;
                    /** @description At least 12 characters; a few words */
                    new: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Your other sessions, ended by the change */
                        otherSessionsEnded: number;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthTotpEnrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Base32, for typing into the app by hand */
                        secret: string;
                        otpauthUri: string;
                        /** @description The otpauth URI as a QR code, SVG markup */
                        qrSvg: string;
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthTotpConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A code from the app, to confirm it */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown this once; each works once */
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            expiresAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            lastSeenAt: string | null;
                            userAgent: string | null;
                            ip: string | null;
                            enrolmentOnly: boolean;
                            /** @description The session making this request */
                            current: boolean;
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAuthSessionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to answer */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            name: string;
                            scopes: ("reports:read" | "reports:create" | "evidence:read" | "evidence:create" | "incidents:read" | "agreements:read" | "geo:read" | "places:read" | "audit:read")[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            expiresAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            revokedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            lastUsedAt: string | null;
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the token is for, e.g. the client's name */
                    name: string;
                    scopes: ("reports:read" | "reports:create" | "evidence:read" | "evidence:create" | "incidents:read" | "agreements:read" | "geo:read" | "places:read" | "audit:read")[];
                    /**
                     * Format: date-time
                     * @description When the token stops working; at most one year ahead
                     */
                    expiresAt: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        name: string;
                        scopes: ("reports:read" | "reports:create" | "evidence:read" | "evidence:create" | "incidents:read" | "agreements:read" | "geo:read" | "places:read" | "audit:read")[];
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        expiresAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        revokedAt: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        lastUsedAt: string | null;
                        active: boolean;
                        /** @description The secret: in this answer only */
                        token: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAuthTokensId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to answer */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminUsers: {
        parameters: {
            query?: {
                /** @description What the user does (DESIGN.md §1) */
                role?: "intake" | "monitor" | "analyst" | "reviewer" | "chief" | "liaison" | "commission" | "auditor" | "admin";
                party?: string;
                team?: string;
                /** @description true: only disabled users; false: only enabled ones */
                disabled?: "true" | "false";
                /** @description Part of the username or display name, any case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "intake" | "monitor" | "analyst" | "reviewer" | "chief" | "liaison" | "commission" | "auditor" | "admin";
                            /** @description A liaison's party code; null for the mission */
                            party: string | null;
                            /** @description The team of a monitor or analyst */
                            team: string | null;
                            isDemo: boolean;
                            disabled: boolean;
                            secondFactorEnrolled: boolean;
                            /** @description Still the initial password an administrator gave; they change it at first log-in */
                            passwordChangeRequired: boolean;
                            activeSessions: number;
                            /**
                             * Format: date-time
                             * @description When their latest session began
                             */
                            lastLoginAt: string | null;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The login name */
                    username: string;
                    /** @description The name others see */
                    displayName: string;
                    /**
                     * @description What the user does (DESIGN.md §1)
                     * @enum {string}
                     */
                    role: "intake" | "monitor" | "analyst" | "reviewer" | "chief" | "liaison" | "commission" | "auditor" | "admin";
                    /**
                     * @description The party of a liaison or a joint-commission member; null for the mission's staff
                     * @default null
                     */
                    party?: string | null;
                    /**
                     * @description The team of a monitor or analyst; null for none
                     * @default null
                     */
                    team?: string | null;
                    /** @description An initial password instead of an enrolment link (it obeys the password policy); the user must change it at first log-in. Never stored in the clear, logged or answered */
                    initialPassword?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The one-time link with which the user chooses a password; null when an initial password was given */
                        enrolment: {
                            /** @description The link's secret, shown this once: the link is /welcome#<token> */
                            token: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            expiresAt: string;
                        } | null;
                        /** @description Created with an initial password: the user must change it at first log-in */
                        passwordChangeRequired: boolean;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminUsersIdSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            expiresAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            lastSeenAt: string | null;
                            userAgent: string | null;
                            ip: string | null;
                            enrolmentOnly: boolean;
                            /** @description The session making this request */
                            current: boolean;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminSessionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to answer */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminUsersIdSecondFactorReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Done; nothing to answer */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminEmergencyReadOnly: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                    /** @description Why: kept in the audit log and shown to users */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        reason: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        since: string | null;
                        /** @description Who switched it */
                        by: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminEmergencyRevokeAllSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Sessions ended */
                        sessions: number;
                        /** @description API tokens revoked */
                        tokens: number;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAdminUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The name others see */
                    displayName?: string;
                    /**
                     * @description What the user does (DESIGN.md §1)
                     * @enum {string}
                     */
                    role?: "intake" | "monitor" | "analyst" | "reviewer" | "chief" | "liaison" | "commission" | "auditor" | "admin";
                    /** @description The party of a liaison or a joint-commission member; null for the mission's staff */
                    party?: string | null;
                    /** @description The team of a monitor or analyst; null for none */
                    team?: string | null;
                };
            };
        };
        responses: {
            /** @description Done; nothing to answer */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminUsersIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessionsEnded: number;
                        tokensRevoked: number;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminUsersIdEnable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessionsEnded: number;
                        tokensRevoked: number;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminUsersIdEnrolmentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The link's secret, shown this once: the link is /welcome#<token> */
                        token: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The secret of the enrolment link */
                    token: string;
                    /** @description The password chosen: at least 12 characters; a few words */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Log in with it and the password just chosen */
                        username: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            nameEn: string;
                            nameAr: string;
                            /** @description The codes of the sectors of its area */
                            sectors: string[];
                            /** @description Members read only incidents in the area */
                            areaOnly: boolean;
                            members: number;
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    nameEn: string;
                    nameAr: string;
                    /** @description The codes of the sectors of the team's area */
                    sectors: string[];
                    /**
                     * @description Need-to-know: members read only incidents in the team's sectors
                     * @default false
                     */
                    areaOnly?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        nameEn: string;
                        nameAr: string;
                        /** @description The codes of the sectors of its area */
                        sectors: string[];
                        /** @description Members read only incidents in the area */
                        areaOnly: boolean;
                        members: number;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAdminTeamsCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameEn?: string;
                    nameAr?: string;
                    /** @description The codes of the sectors of the team's area */
                    sectors?: string[];
                    /** @description Need-to-know: members read only incidents in the team's sectors */
                    areaOnly?: boolean;
                };
            };
        };
        responses: {
            /** @description Done; nothing to answer */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReports: {
        parameters: {
            query?: {
                /** @description Events ending at or after this time */
                from?: string;
                /** @description Events starting at or before this time */
                to?: string;
                category?: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                sourceKind?: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                status?: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                /** @description Within this many km of the nearest valid line of contact */
                nearLineKm?: number;
                /** @description Inside this zone (a geo layer id) */
                zone?: string;
                /** @description On this party's side of the line of contact */
                side?: string;
                /** @description In this district: its id or its English or Arabic name */
                district?: string;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                /** @description Page size (1–200) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description The reference the submitter is given */
                            trackingId: string;
                            /** @description 1 for the original, then one more per amendment */
                            version: number;
                            /**
                             * Format: uuid
                             * @description The version this one amends
                             */
                            supersedesId: string | null;
                            /** @enum {string} */
                            sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                            /** @description The complaining party of a party complaint */
                            submitterParty: string | null;
                            /** @description The party the complaint accuses */
                            allegedParty: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            receivedAt: string;
                            /**
                             * Format: date-time
                             * @description Start of the event window
                             */
                            occurredFrom: string;
                            /**
                             * Format: date-time
                             * @description End of the event window
                             */
                            occurredTo: string;
                            /** @description UCDP date_prec 1 (exact day) … 5 */
                            datePrecision: number;
                            location: {
                                /** @description Latitude, WGS84 degrees */
                                lat: number;
                                /** @description Longitude, WGS84 degrees */
                                lon: number;
                            } | null;
                            /** @description UCDP where_prec 1 (exact) … 7 */
                            wherePrecision: number;
                            placeName: string | null;
                            /** @description Where the coordinates come from (decision 0005) */
                            locationResolution: {
                                /**
                                 * @description reported: coordinates as sent; gazetteer: located from placeName; ambiguous/unresolved: no coordinates
                                 * @enum {string}
                                 */
                                status: "reported" | "gazetteer" | "ambiguous" | "unresolved";
                                /** @description The place used (gazetteer), or the places to choose from (ambiguous) */
                                candidates: {
                                    placeId: string;
                                    name: string;
                                    nameAr: string | null;
                                    /** @enum {string} */
                                    kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                                    lat: number;
                                    lon: number;
                                    /** @description How well the name matched, 0–1 */
                                    score: number;
                                }[];
                            };
                            /** @enum {string} */
                            category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                            description: string;
                            /** @enum {string} */
                            language: "ar" | "en";
                            /** @description Counts observed: explosions, projectiles, bursts, shots, flares */
                            counts: {
                                explosions?: number;
                                projectiles?: number;
                                bursts?: number;
                                shots?: number;
                                flares?: number;
                            };
                            /** @enum {string} */
                            status: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            incidentId: string | null;
                            /** @description Demonstration data */
                            isDemo: boolean;
                            /**
                             * @description Who may read it (decision 0007)
                             * @enum {string}
                             */
                            classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                            /** @description The parties it concerns */
                            concernedParties: string[];
                            /**
                             * Format: date-time
                             * @description Parties see it only after this instant
                             */
                            embargoUntil: string | null;
                            /** @description The stored evaluation against the geo layers; null when there is none */
                            geo?: {
                                /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                                lineOfContact: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    claimedBy: string | null;
                                    /** @description The party whose side the point is on; null on the line or when the line names none */
                                    side: string | null;
                                    /**
                                     * @description Left or right of the line as drawn
                                     * @enum {string}
                                     */
                                    position: "left" | "right" | "on_line";
                                    /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                    distanceKm: number;
                                } | null;
                                /** @description Every line of contact valid at the time, nearest first */
                                linesOfContact: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    claimedBy: string | null;
                                    /** @description The party whose side the point is on; null on the line or when the line names none */
                                    side: string | null;
                                    /**
                                     * @description Left or right of the line as drawn
                                     * @enum {string}
                                     */
                                    position: "left" | "right" | "on_line";
                                    /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                    distanceKm: number;
                                }[];
                                zones: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                }[];
                                /** @description The party whose area of control contains the point (agreed > working > claimed) */
                                areaOfControl: string | null;
                                /** @description Every area of control containing the point: more than one means a contested claim */
                                areasOfControl: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                }[];
                                withdrawalLines: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                    weaponClasses: string[];
                                    /** @enum {string} */
                                    position: "behind" | "beyond" | "on_line";
                                    distanceKm: number;
                                }[];
                                roads: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    name: string;
                                    distanceKm: number;
                                }[];
                                nearestPlaces: {
                                    placeId: string;
                                    name: string;
                                    nameAr: string | null;
                                    distanceKm: number;
                                    /** @description From the place to the point, degrees clockwise from north */
                                    bearing: number;
                                    /** @description The bearing as a compass point, e.g. SSE */
                                    compass: string;
                                }[];
                                /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                                description: {
                                    en: string;
                                    ar: string;
                                } | null;
                                district: {
                                    id: string;
                                    name: string;
                                    nameAr: string | null;
                                } | null;
                                layerVersions: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                }[];
                                /**
                                 * Format: date-time
                                 * @description The instant evaluated against (the event's time)
                                 */
                                at: string;
                                /**
                                 * Format: date-time
                                 * @description When the evaluation was computed
                                 */
                                evaluatedAt: string;
                            } | null;
                            /**
                             * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                             * @enum {string}
                             */
                            geoStatus?: "evaluated" | "pending" | "no_location";
                            /**
                             * Format: uuid
                             * @description Mission only: the submitting user
                             */
                            submittedBy?: string | null;
                            /** @description Mission only: Admiralty grade, e.g. B2 */
                            sourceGrade?: string | null;
                            /** @description Mission only: why triage closed it */
                            triageReason?: string | null;
                        }[];
                        /** @description Pass as `cursor` to read the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postReports: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes once per report; a retry with the same key returns the same report */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Who the report comes from
                     * @enum {string}
                     */
                    sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                    /**
                     * Format: date-time
                     * @description Start of the event window
                     */
                    occurredFrom: string;
                    /**
                     * Format: date-time
                     * @description End of the event window
                     */
                    occurredTo: string;
                    /** @description UCDP date_prec 1 (exact day) … 5 */
                    datePrecision?: number;
                    /** @description Where the event happened; give this or placeName */
                    location?: {
                        /** @description Latitude, WGS84 degrees */
                        lat: number;
                        /** @description Longitude, WGS84 degrees */
                        lon: number;
                    };
                    /** @description UCDP where_prec 1 (exact) … 7 */
                    wherePrecision?: number;
                    /** @description Named place, in Arabic or Latin script */
                    placeName?: string;
                    /**
                     * @description Taxonomy code A1 … F (domain.md §4)
                     * @enum {string}
                     */
                    category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                    /** @description What happened, in the reporter's own words */
                    description: string;
                    /**
                     * @description Language of the description
                     * @enum {string}
                     */
                    language: "ar" | "en";
                    /** @description Counts observed: explosions, projectiles, bursts, shots, flares */
                    counts?: {
                        explosions?: number;
                        projectiles?: number;
                        bursts?: number;
                        shots?: number;
                        flares?: number;
                    };
                    /** @description The party the complaint accuses */
                    allegedParty?: string;
                    /** @description Intake only: the complaining party of a complaint received offline */
                    onBehalfOfParty?: string;
                    /** @description Admiralty grade, e.g. B2 */
                    sourceGrade?: string;
                    /**
                     * @description Who may read it; default parties for a party complaint, internal otherwise
                     * @enum {string}
                     */
                    classification?: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                    /**
                     * Format: date-time
                     * @description Parties see the report only after this
                     */
                    embargoUntil?: string;
                    /** @description Confidential: who the source is (analysts, reviewers, chief; reads audited) */
                    sourceIdentity?: string;
                    /** @description Confidential: witness names (analysts, reviewers, chief; reads audited) */
                    witnesses?: string[];
                };
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the same report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The reference the submitter is given */
                        trackingId: string;
                        /** @description 1 for the original, then one more per amendment */
                        version: number;
                        /**
                         * Format: uuid
                         * @description The version this one amends
                         */
                        supersedesId: string | null;
                        /** @enum {string} */
                        sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                        /** @description The complaining party of a party complaint */
                        submitterParty: string | null;
                        /** @description The party the complaint accuses */
                        allegedParty: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        receivedAt: string;
                        /**
                         * Format: date-time
                         * @description Start of the event window
                         */
                        occurredFrom: string;
                        /**
                         * Format: date-time
                         * @description End of the event window
                         */
                        occurredTo: string;
                        /** @description UCDP date_prec 1 (exact day) … 5 */
                        datePrecision: number;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @description UCDP where_prec 1 (exact) … 7 */
                        wherePrecision: number;
                        placeName: string | null;
                        /** @description Where the coordinates come from (decision 0005) */
                        locationResolution: {
                            /**
                             * @description reported: coordinates as sent; gazetteer: located from placeName; ambiguous/unresolved: no coordinates
                             * @enum {string}
                             */
                            status: "reported" | "gazetteer" | "ambiguous" | "unresolved";
                            /** @description The place used (gazetteer), or the places to choose from (ambiguous) */
                            candidates: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                /** @enum {string} */
                                kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                                lat: number;
                                lon: number;
                                /** @description How well the name matched, 0–1 */
                                score: number;
                            }[];
                        };
                        /** @enum {string} */
                        category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                        description: string;
                        /** @enum {string} */
                        language: "ar" | "en";
                        /** @description Counts observed: explosions, projectiles, bursts, shots, flares */
                        counts: {
                            explosions?: number;
                            projectiles?: number;
                            bursts?: number;
                            shots?: number;
                            flares?: number;
                        };
                        /** @enum {string} */
                        status: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        incidentId: string | null;
                        /** @description Demonstration data */
                        isDemo: boolean;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description The stored evaluation against the geo layers; null when there is none */
                        geo?: {
                            /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                            lineOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            } | null;
                            /** @description Every line of contact valid at the time, nearest first */
                            linesOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            }[];
                            zones: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            /** @description The party whose area of control contains the point (agreed > working > claimed) */
                            areaOfControl: string | null;
                            /** @description Every area of control containing the point: more than one means a contested claim */
                            areasOfControl: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            withdrawalLines: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                                weaponClasses: string[];
                                /** @enum {string} */
                                position: "behind" | "beyond" | "on_line";
                                distanceKm: number;
                            }[];
                            roads: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                name: string;
                                distanceKm: number;
                            }[];
                            nearestPlaces: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                distanceKm: number;
                                /** @description From the place to the point, degrees clockwise from north */
                                bearing: number;
                                /** @description The bearing as a compass point, e.g. SSE */
                                compass: string;
                            }[];
                            /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                            description: {
                                en: string;
                                ar: string;
                            } | null;
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            layerVersions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                version: number;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            }[];
                            /**
                             * Format: date-time
                             * @description The instant evaluated against (the event's time)
                             */
                            at: string;
                            /**
                             * Format: date-time
                             * @description When the evaluation was computed
                             */
                            evaluatedAt: string;
                        } | null;
                        /**
                         * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                         * @enum {string}
                         */
                        geoStatus?: "evaluated" | "pending" | "no_location";
                        /**
                         * Format: uuid
                         * @description Mission only: the submitting user
                         */
                        submittedBy?: string | null;
                        /** @description Mission only: Admiralty grade, e.g. B2 */
                        sourceGrade?: string | null;
                        /** @description Mission only: why triage closed it */
                        triageReason?: string | null;
                    } | {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description Quote it when asking about the report */
                        trackingId: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        receivedAt: string;
                        /** @enum {string} */
                        status: "received";
                    };
                };
            };
            /** @description Filed: the report, or for the public form a receipt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The reference the submitter is given */
                        trackingId: string;
                        /** @description 1 for the original, then one more per amendment */
                        version: number;
                        /**
                         * Format: uuid
                         * @description The version this one amends
                         */
                        supersedesId: string | null;
                        /** @enum {string} */
                        sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                        /** @description The complaining party of a party complaint */
                        submitterParty: string | null;
                        /** @description The party the complaint accuses */
                        allegedParty: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        receivedAt: string;
                        /**
                         * Format: date-time
                         * @description Start of the event window
                         */
                        occurredFrom: string;
                        /**
                         * Format: date-time
                         * @description End of the event window
                         */
                        occurredTo: string;
                        /** @description UCDP date_prec 1 (exact day) … 5 */
                        datePrecision: number;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @description UCDP where_prec 1 (exact) … 7 */
                        wherePrecision: number;
                        placeName: string | null;
                        /** @description Where the coordinates come from (decision 0005) */
                        locationResolution: {
                            /**
                             * @description reported: coordinates as sent; gazetteer: located from placeName; ambiguous/unresolved: no coordinates
                             * @enum {string}
                             */
                            status: "reported" | "gazetteer" | "ambiguous" | "unresolved";
                            /** @description The place used (gazetteer), or the places to choose from (ambiguous) */
                            candidates: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                /** @enum {string} */
                                kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                                lat: number;
                                lon: number;
                                /** @description How well the name matched, 0–1 */
                                score: number;
                            }[];
                        };
                        /** @enum {string} */
                        category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                        description: string;
                        /** @enum {string} */
                        language: "ar" | "en";
                        /** @description Counts observed: explosions, projectiles, bursts, shots, flares */
                        counts: {
                            explosions?: number;
                            projectiles?: number;
                            bursts?: number;
                            shots?: number;
                            flares?: number;
                        };
                        /** @enum {string} */
                        status: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        incidentId: string | null;
                        /** @description Demonstration data */
                        isDemo: boolean;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description The stored evaluation against the geo layers; null when there is none */
                        geo?: {
                            /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                            lineOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            } | null;
                            /** @description Every line of contact valid at the time, nearest first */
                            linesOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            }[];
                            zones: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            /** @description The party whose area of control contains the point (agreed > working > claimed) */
                            areaOfControl: string | null;
                            /** @description Every area of control containing the point: more than one means a contested claim */
                            areasOfControl: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            withdrawalLines: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                                weaponClasses: string[];
                                /** @enum {string} */
                                position: "behind" | "beyond" | "on_line";
                                distanceKm: number;
                            }[];
                            roads: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                name: string;
                                distanceKm: number;
                            }[];
                            nearestPlaces: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                distanceKm: number;
                                /** @description From the place to the point, degrees clockwise from north */
                                bearing: number;
                                /** @description The bearing as a compass point, e.g. SSE */
                                compass: string;
                            }[];
                            /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                            description: {
                                en: string;
                                ar: string;
                            } | null;
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            layerVersions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                version: number;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            }[];
                            /**
                             * Format: date-time
                             * @description The instant evaluated against (the event's time)
                             */
                            at: string;
                            /**
                             * Format: date-time
                             * @description When the evaluation was computed
                             */
                            evaluatedAt: string;
                        } | null;
                        /**
                         * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                         * @enum {string}
                         */
                        geoStatus?: "evaluated" | "pending" | "no_location";
                        /**
                         * Format: uuid
                         * @description Mission only: the submitting user
                         */
                        submittedBy?: string | null;
                        /** @description Mission only: Admiralty grade, e.g. B2 */
                        sourceGrade?: string | null;
                        /** @description Mission only: why triage closed it */
                        triageReason?: string | null;
                    } | {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description Quote it when asking about the report */
                        trackingId: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        receivedAt: string;
                        /** @enum {string} */
                        status: "received";
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportsCsv: {
        parameters: {
            query?: {
                /** @description Events ending at or after this time */
                from?: string;
                /** @description Events starting at or before this time */
                to?: string;
                category?: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                sourceKind?: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                status?: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                /** @description Within this many km of the nearest valid line of contact */
                nearLineKm?: number;
                /** @description Inside this zone (a geo layer id) */
                zone?: string;
                /** @description On this party's side of the line of contact */
                side?: string;
                /** @description In this district: its id or its English or Arabic name */
                district?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CSV file (RFC 4180, UTF-8), one row per report, as a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The reference the submitter is given */
                        trackingId: string;
                        /** @description 1 for the original, then one more per amendment */
                        version: number;
                        /**
                         * Format: uuid
                         * @description The version this one amends
                         */
                        supersedesId: string | null;
                        /** @enum {string} */
                        sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                        /** @description The complaining party of a party complaint */
                        submitterParty: string | null;
                        /** @description The party the complaint accuses */
                        allegedParty: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        receivedAt: string;
                        /**
                         * Format: date-time
                         * @description Start of the event window
                         */
                        occurredFrom: string;
                        /**
                         * Format: date-time
                         * @description End of the event window
                         */
                        occurredTo: string;
                        /** @description UCDP date_prec 1 (exact day) … 5 */
                        datePrecision: number;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @description UCDP where_prec 1 (exact) … 7 */
                        wherePrecision: number;
                        placeName: string | null;
                        /** @description Where the coordinates come from (decision 0005) */
                        locationResolution: {
                            /**
                             * @description reported: coordinates as sent; gazetteer: located from placeName; ambiguous/unresolved: no coordinates
                             * @enum {string}
                             */
                            status: "reported" | "gazetteer" | "ambiguous" | "unresolved";
                            /** @description The place used (gazetteer), or the places to choose from (ambiguous) */
                            candidates: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                /** @enum {string} */
                                kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                                lat: number;
                                lon: number;
                                /** @description How well the name matched, 0–1 */
                                score: number;
                            }[];
                        };
                        /** @enum {string} */
                        category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                        description: string;
                        /** @enum {string} */
                        language: "ar" | "en";
                        /** @description Counts observed: explosions, projectiles, bursts, shots, flares */
                        counts: {
                            explosions?: number;
                            projectiles?: number;
                            bursts?: number;
                            shots?: number;
                            flares?: number;
                        };
                        /** @enum {string} */
                        status: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        incidentId: string | null;
                        /** @description Demonstration data */
                        isDemo: boolean;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description The stored evaluation against the geo layers; null when there is none */
                        geo?: {
                            /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                            lineOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            } | null;
                            /** @description Every line of contact valid at the time, nearest first */
                            linesOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            }[];
                            zones: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            /** @description The party whose area of control contains the point (agreed > working > claimed) */
                            areaOfControl: string | null;
                            /** @description Every area of control containing the point: more than one means a contested claim */
                            areasOfControl: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            withdrawalLines: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                                weaponClasses: string[];
                                /** @enum {string} */
                                position: "behind" | "beyond" | "on_line";
                                distanceKm: number;
                            }[];
                            roads: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                name: string;
                                distanceKm: number;
                            }[];
                            nearestPlaces: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                distanceKm: number;
                                /** @description From the place to the point, degrees clockwise from north */
                                bearing: number;
                                /** @description The bearing as a compass point, e.g. SSE */
                                compass: string;
                            }[];
                            /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                            description: {
                                en: string;
                                ar: string;
                            } | null;
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            layerVersions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                version: number;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            }[];
                            /**
                             * Format: date-time
                             * @description The instant evaluated against (the event's time)
                             */
                            at: string;
                            /**
                             * Format: date-time
                             * @description When the evaluation was computed
                             */
                            evaluatedAt: string;
                        } | null;
                        /**
                         * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                         * @enum {string}
                         */
                        geoStatus?: "evaluated" | "pending" | "no_location";
                        /**
                         * Format: uuid
                         * @description Mission only: the submitting user
                         */
                        submittedBy?: string | null;
                        /** @description Mission only: Admiralty grade, e.g. B2 */
                        sourceGrade?: string | null;
                        /** @description Mission only: why triage closed it */
                        triageReason?: string | null;
                        evidence: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description SHA-256 of the file, hex: what it is stored under */
                            sha256: string;
                            sizeBytes: number;
                            /** @description Detected from the bytes, e.g. image/jpeg */
                            mediaType: string;
                            originalName: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            receivedAt: string;
                            /**
                             * @description Who may read it (decision 0007)
                             * @enum {string}
                             */
                            classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                            /** @description The parties it concerns */
                            concernedParties: string[];
                            /**
                             * Format: date-time
                             * @description Parties see it only after this instant
                             */
                            embargoUntil: string | null;
                        }[];
                        /** @description Confidential: who the source is (analysts, reviewers, chief; the read is audited) */
                        sourceIdentity?: string | null;
                        /** @description Confidential: witness names */
                        witnesses?: string[];
                        /** @description Source fields withheld from this viewer */
                        redacted: ("sourceIdentity" | "witnesses")[];
                        /** @description The versions of the report the viewer may read, oldest first */
                        versions: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            receivedAt: string;
                            /** @enum {string} */
                            status: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                        }[];
                        /**
                         * Format: uuid
                         * @description The next version, when there is one the viewer may read
                         */
                        supersededById: string | null;
                        /** @description The server would take an amendment of this version from the viewer */
                        mayAmend: boolean;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postReportsIdAmendments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Who the report comes from
                     * @enum {string}
                     */
                    sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                    /**
                     * Format: date-time
                     * @description Start of the event window
                     */
                    occurredFrom: string;
                    /**
                     * Format: date-time
                     * @description End of the event window
                     */
                    occurredTo: string;
                    /** @description UCDP date_prec 1 (exact day) … 5 */
                    datePrecision?: number;
                    /** @description Where the event happened; give this or placeName */
                    location?: {
                        /** @description Latitude, WGS84 degrees */
                        lat: number;
                        /** @description Longitude, WGS84 degrees */
                        lon: number;
                    };
                    /** @description UCDP where_prec 1 (exact) … 7 */
                    wherePrecision?: number;
                    /** @description Named place, in Arabic or Latin script */
                    placeName?: string;
                    /**
                     * @description Taxonomy code A1 … F (domain.md §4)
                     * @enum {string}
                     */
                    category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                    /** @description What happened, in the reporter's own words */
                    description: string;
                    /**
                     * @description Language of the description
                     * @enum {string}
                     */
                    language: "ar" | "en";
                    /** @description Counts observed: explosions, projectiles, bursts, shots, flares */
                    counts?: {
                        explosions?: number;
                        projectiles?: number;
                        bursts?: number;
                        shots?: number;
                        flares?: number;
                    };
                    /** @description The party the complaint accuses */
                    allegedParty?: string;
                    /** @description Intake only: the complaining party of a complaint received offline */
                    onBehalfOfParty?: string;
                    /** @description Admiralty grade, e.g. B2 */
                    sourceGrade?: string;
                    /**
                     * @description Who may read it; default parties for a party complaint, internal otherwise
                     * @enum {string}
                     */
                    classification?: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                    /**
                     * Format: date-time
                     * @description Parties see the report only after this
                     */
                    embargoUntil?: string;
                    /** @description Confidential: who the source is (analysts, reviewers, chief; reads audited) */
                    sourceIdentity?: string;
                    /** @description Confidential: witness names (analysts, reviewers, chief; reads audited) */
                    witnesses?: string[];
                    /** @description Source fields the new version drops instead of keeping them from the version amended */
                    clearSources?: ("sourceIdentity" | "witnesses")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The reference the submitter is given */
                        trackingId: string;
                        /** @description 1 for the original, then one more per amendment */
                        version: number;
                        /**
                         * Format: uuid
                         * @description The version this one amends
                         */
                        supersedesId: string | null;
                        /** @enum {string} */
                        sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                        /** @description The complaining party of a party complaint */
                        submitterParty: string | null;
                        /** @description The party the complaint accuses */
                        allegedParty: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        receivedAt: string;
                        /**
                         * Format: date-time
                         * @description Start of the event window
                         */
                        occurredFrom: string;
                        /**
                         * Format: date-time
                         * @description End of the event window
                         */
                        occurredTo: string;
                        /** @description UCDP date_prec 1 (exact day) … 5 */
                        datePrecision: number;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @description UCDP where_prec 1 (exact) … 7 */
                        wherePrecision: number;
                        placeName: string | null;
                        /** @description Where the coordinates come from (decision 0005) */
                        locationResolution: {
                            /**
                             * @description reported: coordinates as sent; gazetteer: located from placeName; ambiguous/unresolved: no coordinates
                             * @enum {string}
                             */
                            status: "reported" | "gazetteer" | "ambiguous" | "unresolved";
                            /** @description The place used (gazetteer), or the places to choose from (ambiguous) */
                            candidates: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                /** @enum {string} */
                                kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                                lat: number;
                                lon: number;
                                /** @description How well the name matched, 0–1 */
                                score: number;
                            }[];
                        };
                        /** @enum {string} */
                        category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                        description: string;
                        /** @enum {string} */
                        language: "ar" | "en";
                        /** @description Counts observed: explosions, projectiles, bursts, shots, flares */
                        counts: {
                            explosions?: number;
                            projectiles?: number;
                            bursts?: number;
                            shots?: number;
                            flares?: number;
                        };
                        /** @enum {string} */
                        status: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        incidentId: string | null;
                        /** @description Demonstration data */
                        isDemo: boolean;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description The stored evaluation against the geo layers; null when there is none */
                        geo?: {
                            /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                            lineOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            } | null;
                            /** @description Every line of contact valid at the time, nearest first */
                            linesOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            }[];
                            zones: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            /** @description The party whose area of control contains the point (agreed > working > claimed) */
                            areaOfControl: string | null;
                            /** @description Every area of control containing the point: more than one means a contested claim */
                            areasOfControl: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            withdrawalLines: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                                weaponClasses: string[];
                                /** @enum {string} */
                                position: "behind" | "beyond" | "on_line";
                                distanceKm: number;
                            }[];
                            roads: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                name: string;
                                distanceKm: number;
                            }[];
                            nearestPlaces: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                distanceKm: number;
                                /** @description From the place to the point, degrees clockwise from north */
                                bearing: number;
                                /** @description The bearing as a compass point, e.g. SSE */
                                compass: string;
                            }[];
                            /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                            description: {
                                en: string;
                                ar: string;
                            } | null;
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            layerVersions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                version: number;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            }[];
                            /**
                             * Format: date-time
                             * @description The instant evaluated against (the event's time)
                             */
                            at: string;
                            /**
                             * Format: date-time
                             * @description When the evaluation was computed
                             */
                            evaluatedAt: string;
                        } | null;
                        /**
                         * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                         * @enum {string}
                         */
                        geoStatus?: "evaluated" | "pending" | "no_location";
                        /**
                         * Format: uuid
                         * @description Mission only: the submitting user
                         */
                        submittedBy?: string | null;
                        /** @description Mission only: Admiralty grade, e.g. B2 */
                        sourceGrade?: string | null;
                        /** @description Mission only: why triage closed it */
                        triageReason?: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postReportsIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the report is out of scope */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The reference the submitter is given */
                        trackingId: string;
                        /** @description 1 for the original, then one more per amendment */
                        version: number;
                        /**
                         * Format: uuid
                         * @description The version this one amends
                         */
                        supersedesId: string | null;
                        /** @enum {string} */
                        sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                        /** @description The complaining party of a party complaint */
                        submitterParty: string | null;
                        /** @description The party the complaint accuses */
                        allegedParty: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        receivedAt: string;
                        /**
                         * Format: date-time
                         * @description Start of the event window
                         */
                        occurredFrom: string;
                        /**
                         * Format: date-time
                         * @description End of the event window
                         */
                        occurredTo: string;
                        /** @description UCDP date_prec 1 (exact day) … 5 */
                        datePrecision: number;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @description UCDP where_prec 1 (exact) … 7 */
                        wherePrecision: number;
                        placeName: string | null;
                        /** @description Where the coordinates come from (decision 0005) */
                        locationResolution: {
                            /**
                             * @description reported: coordinates as sent; gazetteer: located from placeName; ambiguous/unresolved: no coordinates
                             * @enum {string}
                             */
                            status: "reported" | "gazetteer" | "ambiguous" | "unresolved";
                            /** @description The place used (gazetteer), or the places to choose from (ambiguous) */
                            candidates: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                /** @enum {string} */
                                kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                                lat: number;
                                lon: number;
                                /** @description How well the name matched, 0–1 */
                                score: number;
                            }[];
                        };
                        /** @enum {string} */
                        category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                        description: string;
                        /** @enum {string} */
                        language: "ar" | "en";
                        /** @description Counts observed: explosions, projectiles, bursts, shots, flares */
                        counts: {
                            explosions?: number;
                            projectiles?: number;
                            bursts?: number;
                            shots?: number;
                            flares?: number;
                        };
                        /** @enum {string} */
                        status: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        incidentId: string | null;
                        /** @description Demonstration data */
                        isDemo: boolean;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description The stored evaluation against the geo layers; null when there is none */
                        geo?: {
                            /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                            lineOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            } | null;
                            /** @description Every line of contact valid at the time, nearest first */
                            linesOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            }[];
                            zones: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            /** @description The party whose area of control contains the point (agreed > working > claimed) */
                            areaOfControl: string | null;
                            /** @description Every area of control containing the point: more than one means a contested claim */
                            areasOfControl: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            withdrawalLines: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                                weaponClasses: string[];
                                /** @enum {string} */
                                position: "behind" | "beyond" | "on_line";
                                distanceKm: number;
                            }[];
                            roads: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                name: string;
                                distanceKm: number;
                            }[];
                            nearestPlaces: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                distanceKm: number;
                                /** @description From the place to the point, degrees clockwise from north */
                                bearing: number;
                                /** @description The bearing as a compass point, e.g. SSE */
                                compass: string;
                            }[];
                            /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                            description: {
                                en: string;
                                ar: string;
                            } | null;
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            layerVersions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                version: number;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            }[];
                            /**
                             * Format: date-time
                             * @description The instant evaluated against (the event's time)
                             */
                            at: string;
                            /**
                             * Format: date-time
                             * @description When the evaluation was computed
                             */
                            evaluatedAt: string;
                        } | null;
                        /**
                         * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                         * @enum {string}
                         */
                        geoStatus?: "evaluated" | "pending" | "no_location";
                        /**
                         * Format: uuid
                         * @description Mission only: the submitting user
                         */
                        submittedBy?: string | null;
                        /** @description Mission only: Admiralty grade, e.g. B2 */
                        sourceGrade?: string | null;
                        /** @description Mission only: why triage closed it */
                        triageReason?: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIncidents: {
        parameters: {
            query?: {
                /** @description A case state, or a group of states: intake, verification, decision, released, closed */
                state?: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened" | "intake" | "verification" | "decision" | "released";
                /** @description A taxonomy code (A3), or a family (A … F) */
                category?: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F" | "A" | "B" | "C" | "D" | "E";
                /** @description Incidents concerning this party (its code) */
                party?: string;
                /** @description In any of these sectors of the mission (their codes, comma-separated, GET /mission/geography), other or unlocated, e.g. tripoli_front,sirte_jufra */
                sector?: string;
                /** @description Events ending at or after this time */
                from?: string;
                /** @description Events starting at or before this time */
                to?: string;
                /** @description Within this many km of the nearest valid line of contact */
                nearLineKm?: number;
                /** @description Inside this zone (a geo layer id) */
                zone?: string;
                /** @description On this party's side of the line of contact */
                side?: string;
                /** @description In this district: its id or its English or Arabic name */
                district?: string;
                /** @description occurred (the event's start), updated (last change) or reference */
                sort?: "occurred" | "updated" | "reference";
                /** @description desc (newest, highest first) or asc */
                order?: "desc" | "asc";
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                /** @description Page size (1–200) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description The mission's reference, e.g. INC-2020-0001 */
                            reference: string;
                            /**
                             * @description Workflow state (docs/domain.md §7)
                             * @enum {string}
                             */
                            state: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened";
                            title: string;
                            /** @description Made up from category and place: the web app composes it in the reader's language */
                            titleGenerated: boolean;
                            /** @enum {string} */
                            category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                            /**
                             * Format: date-time
                             * @description Start of the event window
                             */
                            occurredFrom: string;
                            /**
                             * Format: date-time
                             * @description End of the event window
                             */
                            occurredTo: string;
                            location: {
                                /** @description Latitude, WGS84 degrees */
                                lat: number;
                                /** @description Longitude, WGS84 degrees */
                                lon: number;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When a finding of it was first released
                             */
                            releasedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            updatedAt: string;
                            /**
                             * @description Who may read it (decision 0007)
                             * @enum {string}
                             */
                            classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                            /** @description The parties it concerns */
                            concernedParties: string[];
                            /**
                             * Format: date-time
                             * @description Parties see it only after this instant
                             */
                            embargoUntil: string | null;
                            /** @description The stored evaluation against the geo layers; null when there is none */
                            geo?: {
                                /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                                lineOfContact: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    claimedBy: string | null;
                                    /** @description The party whose side the point is on; null on the line or when the line names none */
                                    side: string | null;
                                    /**
                                     * @description Left or right of the line as drawn
                                     * @enum {string}
                                     */
                                    position: "left" | "right" | "on_line";
                                    /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                    distanceKm: number;
                                } | null;
                                /** @description Every line of contact valid at the time, nearest first */
                                linesOfContact: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    claimedBy: string | null;
                                    /** @description The party whose side the point is on; null on the line or when the line names none */
                                    side: string | null;
                                    /**
                                     * @description Left or right of the line as drawn
                                     * @enum {string}
                                     */
                                    position: "left" | "right" | "on_line";
                                    /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                    distanceKm: number;
                                }[];
                                zones: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                }[];
                                /** @description The party whose area of control contains the point (agreed > working > claimed) */
                                areaOfControl: string | null;
                                /** @description Every area of control containing the point: more than one means a contested claim */
                                areasOfControl: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                }[];
                                withdrawalLines: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                    weaponClasses: string[];
                                    /** @enum {string} */
                                    position: "behind" | "beyond" | "on_line";
                                    distanceKm: number;
                                }[];
                                roads: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    name: string;
                                    distanceKm: number;
                                }[];
                                nearestPlaces: {
                                    placeId: string;
                                    name: string;
                                    nameAr: string | null;
                                    distanceKm: number;
                                    /** @description From the place to the point, degrees clockwise from north */
                                    bearing: number;
                                    /** @description The bearing as a compass point, e.g. SSE */
                                    compass: string;
                                }[];
                                /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                                description: {
                                    en: string;
                                    ar: string;
                                } | null;
                                district: {
                                    id: string;
                                    name: string;
                                    nameAr: string | null;
                                } | null;
                                layerVersions: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                }[];
                                /**
                                 * Format: date-time
                                 * @description The instant evaluated against (the event's time)
                                 */
                                at: string;
                                /**
                                 * Format: date-time
                                 * @description When the evaluation was computed
                                 */
                                evaluatedAt: string;
                            } | null;
                            /**
                             * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                             * @enum {string}
                             */
                            geoStatus?: "evaluated" | "pending" | "no_location";
                            /**
                             * Format: uuid
                             * @description Mission only: who opened it
                             */
                            createdBy?: string;
                            /**
                             * Format: date-time
                             * @description Mission only
                             */
                            createdAt?: string;
                        }[];
                        /** @description Pass as `cursor` to read the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Untriaged reports that describe one event */
                    reportIds: string[];
                    title?: string;
                    /**
                     * @description Defaults to the first report's category
                     * @enum {string}
                     */
                    category?: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The mission's reference, e.g. INC-2020-0001 */
                        reference: string;
                        /**
                         * @description Workflow state (docs/domain.md §7)
                         * @enum {string}
                         */
                        state: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened";
                        title: string;
                        /** @description Made up from category and place: the web app composes it in the reader's language */
                        titleGenerated: boolean;
                        /** @enum {string} */
                        category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                        /**
                         * Format: date-time
                         * @description Start of the event window
                         */
                        occurredFrom: string;
                        /**
                         * Format: date-time
                         * @description End of the event window
                         */
                        occurredTo: string;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When a finding of it was first released
                         */
                        releasedAt: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description The stored evaluation against the geo layers; null when there is none */
                        geo?: {
                            /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                            lineOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            } | null;
                            /** @description Every line of contact valid at the time, nearest first */
                            linesOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            }[];
                            zones: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            /** @description The party whose area of control contains the point (agreed > working > claimed) */
                            areaOfControl: string | null;
                            /** @description Every area of control containing the point: more than one means a contested claim */
                            areasOfControl: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            withdrawalLines: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                                weaponClasses: string[];
                                /** @enum {string} */
                                position: "behind" | "beyond" | "on_line";
                                distanceKm: number;
                            }[];
                            roads: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                name: string;
                                distanceKm: number;
                            }[];
                            nearestPlaces: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                distanceKm: number;
                                /** @description From the place to the point, degrees clockwise from north */
                                bearing: number;
                                /** @description The bearing as a compass point, e.g. SSE */
                                compass: string;
                            }[];
                            /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                            description: {
                                en: string;
                                ar: string;
                            } | null;
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            layerVersions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                version: number;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            }[];
                            /**
                             * Format: date-time
                             * @description The instant evaluated against (the event's time)
                             */
                            at: string;
                            /**
                             * Format: date-time
                             * @description When the evaluation was computed
                             */
                            evaluatedAt: string;
                        } | null;
                        /**
                         * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                         * @enum {string}
                         */
                        geoStatus?: "evaluated" | "pending" | "no_location";
                        /**
                         * Format: uuid
                         * @description Mission only: who opened it
                         */
                        createdBy?: string;
                        /**
                         * Format: date-time
                         * @description Mission only
                         */
                        createdAt?: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIncidentsCsv: {
        parameters: {
            query?: {
                /** @description A case state, or a group of states: intake, verification, decision, released, closed */
                state?: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened" | "intake" | "verification" | "decision" | "released";
                /** @description A taxonomy code (A3), or a family (A … F) */
                category?: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F" | "A" | "B" | "C" | "D" | "E";
                /** @description Incidents concerning this party (its code) */
                party?: string;
                /** @description In any of these sectors of the mission (their codes, comma-separated, GET /mission/geography), other or unlocated, e.g. tripoli_front,sirte_jufra */
                sector?: string;
                /** @description Events ending at or after this time */
                from?: string;
                /** @description Events starting at or before this time */
                to?: string;
                /** @description Within this many km of the nearest valid line of contact */
                nearLineKm?: number;
                /** @description Inside this zone (a geo layer id) */
                zone?: string;
                /** @description On this party's side of the line of contact */
                side?: string;
                /** @description In this district: its id or its English or Arabic name */
                district?: string;
                /** @description occurred (the event's start), updated (last change) or reference */
                sort?: "occurred" | "updated" | "reference";
                /** @description desc (newest, highest first) or asc */
                order?: "desc" | "asc";
                /** @description Language of the titles the server composed (category, place, day); by default the request's Accept-Language (ar or en), else en */
                lang?: "ar" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CSV file (RFC 4180, UTF-8), one row per incident, as a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIncidentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The mission's reference, e.g. INC-2020-0001 */
                        reference: string;
                        /**
                         * @description Workflow state (docs/domain.md §7)
                         * @enum {string}
                         */
                        state: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened";
                        title: string;
                        /** @description Made up from category and place: the web app composes it in the reader's language */
                        titleGenerated: boolean;
                        /** @enum {string} */
                        category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                        /**
                         * Format: date-time
                         * @description Start of the event window
                         */
                        occurredFrom: string;
                        /**
                         * Format: date-time
                         * @description End of the event window
                         */
                        occurredTo: string;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When a finding of it was first released
                         */
                        releasedAt: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description The stored evaluation against the geo layers; null when there is none */
                        geo?: {
                            /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                            lineOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            } | null;
                            /** @description Every line of contact valid at the time, nearest first */
                            linesOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            }[];
                            zones: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            /** @description The party whose area of control contains the point (agreed > working > claimed) */
                            areaOfControl: string | null;
                            /** @description Every area of control containing the point: more than one means a contested claim */
                            areasOfControl: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            withdrawalLines: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                                weaponClasses: string[];
                                /** @enum {string} */
                                position: "behind" | "beyond" | "on_line";
                                distanceKm: number;
                            }[];
                            roads: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                name: string;
                                distanceKm: number;
                            }[];
                            nearestPlaces: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                distanceKm: number;
                                /** @description From the place to the point, degrees clockwise from north */
                                bearing: number;
                                /** @description The bearing as a compass point, e.g. SSE */
                                compass: string;
                            }[];
                            /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                            description: {
                                en: string;
                                ar: string;
                            } | null;
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            layerVersions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                version: number;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            }[];
                            /**
                             * Format: date-time
                             * @description The instant evaluated against (the event's time)
                             */
                            at: string;
                            /**
                             * Format: date-time
                             * @description When the evaluation was computed
                             */
                            evaluatedAt: string;
                        } | null;
                        /**
                         * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                         * @enum {string}
                         */
                        geoStatus?: "evaluated" | "pending" | "no_location";
                        /**
                         * Format: uuid
                         * @description Mission only: who opened it
                         */
                        createdBy?: string;
                        /**
                         * Format: date-time
                         * @description Mission only
                         */
                        createdAt?: string;
                        reports: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description The reference the submitter is given */
                            trackingId: string;
                            /** @description 1 for the original, then one more per amendment */
                            version: number;
                            /**
                             * Format: uuid
                             * @description The version this one amends
                             */
                            supersedesId: string | null;
                            /** @enum {string} */
                            sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                            /** @description The complaining party of a party complaint */
                            submitterParty: string | null;
                            /** @description The party the complaint accuses */
                            allegedParty: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            receivedAt: string;
                            /**
                             * Format: date-time
                             * @description Start of the event window
                             */
                            occurredFrom: string;
                            /**
                             * Format: date-time
                             * @description End of the event window
                             */
                            occurredTo: string;
                            /** @description UCDP date_prec 1 (exact day) … 5 */
                            datePrecision: number;
                            location: {
                                /** @description Latitude, WGS84 degrees */
                                lat: number;
                                /** @description Longitude, WGS84 degrees */
                                lon: number;
                            } | null;
                            /** @description UCDP where_prec 1 (exact) … 7 */
                            wherePrecision: number;
                            placeName: string | null;
                            /** @description Where the coordinates come from (decision 0005) */
                            locationResolution: {
                                /**
                                 * @description reported: coordinates as sent; gazetteer: located from placeName; ambiguous/unresolved: no coordinates
                                 * @enum {string}
                                 */
                                status: "reported" | "gazetteer" | "ambiguous" | "unresolved";
                                /** @description The place used (gazetteer), or the places to choose from (ambiguous) */
                                candidates: {
                                    placeId: string;
                                    name: string;
                                    nameAr: string | null;
                                    /** @enum {string} */
                                    kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                                    lat: number;
                                    lon: number;
                                    /** @description How well the name matched, 0–1 */
                                    score: number;
                                }[];
                            };
                            /** @enum {string} */
                            category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                            description: string;
                            /** @enum {string} */
                            language: "ar" | "en";
                            /** @description Counts observed: explosions, projectiles, bursts, shots, flares */
                            counts: {
                                explosions?: number;
                                projectiles?: number;
                                bursts?: number;
                                shots?: number;
                                flares?: number;
                            };
                            /** @enum {string} */
                            status: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            incidentId: string | null;
                            /** @description Demonstration data */
                            isDemo: boolean;
                            /**
                             * @description Who may read it (decision 0007)
                             * @enum {string}
                             */
                            classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                            /** @description The parties it concerns */
                            concernedParties: string[];
                            /**
                             * Format: date-time
                             * @description Parties see it only after this instant
                             */
                            embargoUntil: string | null;
                            /** @description The stored evaluation against the geo layers; null when there is none */
                            geo?: {
                                /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                                lineOfContact: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    claimedBy: string | null;
                                    /** @description The party whose side the point is on; null on the line or when the line names none */
                                    side: string | null;
                                    /**
                                     * @description Left or right of the line as drawn
                                     * @enum {string}
                                     */
                                    position: "left" | "right" | "on_line";
                                    /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                    distanceKm: number;
                                } | null;
                                /** @description Every line of contact valid at the time, nearest first */
                                linesOfContact: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    claimedBy: string | null;
                                    /** @description The party whose side the point is on; null on the line or when the line names none */
                                    side: string | null;
                                    /**
                                     * @description Left or right of the line as drawn
                                     * @enum {string}
                                     */
                                    position: "left" | "right" | "on_line";
                                    /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                    distanceKm: number;
                                }[];
                                zones: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                }[];
                                /** @description The party whose area of control contains the point (agreed > working > claimed) */
                                areaOfControl: string | null;
                                /** @description Every area of control containing the point: more than one means a contested claim */
                                areasOfControl: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                }[];
                                withdrawalLines: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                    weaponClasses: string[];
                                    /** @enum {string} */
                                    position: "behind" | "beyond" | "on_line";
                                    distanceKm: number;
                                }[];
                                roads: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    name: string;
                                    distanceKm: number;
                                }[];
                                nearestPlaces: {
                                    placeId: string;
                                    name: string;
                                    nameAr: string | null;
                                    distanceKm: number;
                                    /** @description From the place to the point, degrees clockwise from north */
                                    bearing: number;
                                    /** @description The bearing as a compass point, e.g. SSE */
                                    compass: string;
                                }[];
                                /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                                description: {
                                    en: string;
                                    ar: string;
                                } | null;
                                district: {
                                    id: string;
                                    name: string;
                                    nameAr: string | null;
                                } | null;
                                layerVersions: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                }[];
                                /**
                                 * Format: date-time
                                 * @description The instant evaluated against (the event's time)
                                 */
                                at: string;
                                /**
                                 * Format: date-time
                                 * @description When the evaluation was computed
                                 */
                                evaluatedAt: string;
                            } | null;
                            /**
                             * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                             * @enum {string}
                             */
                            geoStatus?: "evaluated" | "pending" | "no_location";
                            /**
                             * Format: uuid
                             * @description Mission only: the submitting user
                             */
                            submittedBy?: string | null;
                            /** @description Mission only: Admiralty grade, e.g. B2 */
                            sourceGrade?: string | null;
                            /** @description Mission only: why triage closed it */
                            triageReason?: string | null;
                        }[];
                        /** @description The mission: every finding version; anyone else: the finding of the latest release it may read, as released */
                        findings: ({
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description 1, then one more per new draft */
                            version: number;
                            /** @enum {string} */
                            outcome: "violation_attributed" | "violation_unattributed" | "not_a_violation" | "unfounded" | "unable_to_determine" | "pending";
                            /**
                             * @description V0 reported … V3 verified, X refuted, U unverifiable
                             * @enum {string}
                             */
                            verificationLevel: "V0" | "V1" | "V2" | "V3" | "X" | "U";
                            /** @enum {string} */
                            attributionLevel: "attributed" | "assessed_likely" | "area_of_control_only" | "undetermined";
                            /** @description A party code such as GNA or LNA */
                            attributedParty: string | null;
                            /** @description Codes of the provisions breached */
                            provisions: string[];
                            /**
                             * @description 1 minor/technical, 2 serious, 3 grave
                             * @enum {number|null}
                             */
                            severity: 1 | 2 | 3 | null;
                            /** @enum {string|null} */
                            standardOfProof: "beyond_reasonable_doubt" | "clear_and_convincing" | "balance_of_probabilities" | "reasonable_grounds" | "reasonable_suspicion" | null;
                            /** @description In English */
                            publicNarrative: string;
                            /** @description In English */
                            restrictedNarrative: string;
                            /** @description In Arabic */
                            publicNarrativeAr: string;
                            /** @description In Arabic */
                            restrictedNarrativeAr: string;
                            /**
                             * @description Whose narratives prevail when the two differ
                             * @enum {string}
                             */
                            authoritativeLanguage: "ar" | "en";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * @description Who may read it (decision 0007)
                             * @enum {string}
                             */
                            classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                            /** @description The parties it concerns */
                            concernedParties: string[];
                            /**
                             * Format: date-time
                             * @description Parties see it only after this instant
                             */
                            embargoUntil: string | null;
                            /** @description Mission only */
                            sourceGrades?: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                reportId: string;
                                /**
                                 * @description Admiralty source reliability A–F
                                 * @enum {string}
                                 */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                                /**
                                 * @description Information credibility 1–6
                                 * @enum {number}
                                 */
                                credibility: 1 | 2 | 3 | 4 | 5 | 6;
                            }[];
                            /**
                             * Format: uuid
                             * @description Mission only
                             */
                            draftedBy?: string;
                        } | ({
                            version: number;
                            /** @description A finding outcome, as of the release */
                            outcome: string;
                            verificationLevel: string;
                            attributionLevel: string;
                            attributedParty: string | null;
                            provisions: string[];
                            severity: number | null;
                            standardOfProof: string | null;
                            /** @description In English; in a release frozen before narratives had two languages, the only text */
                            publicNarrative: string;
                            /** @description In English; not in a public release */
                            restrictedNarrative?: string;
                            /** @description In Arabic; absent from releases frozen before narratives had two languages */
                            publicNarrativeAr?: string;
                            /** @description In Arabic; not in a public release, absent from older releases */
                            restrictedNarrativeAr?: string;
                            /** @description Whose narratives prevail; absent from older releases (read by script then) */
                            authoritativeLanguage?: string;
                        } & {
                            [key: string]: unknown;
                        }))[];
                        /** @description Releases the viewer may read, newest first */
                        releases: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            findingVersion: number;
                            /**
                             * @description Whom the release goes to
                             * @enum {string}
                             */
                            audience: "parties" | "mandating_body" | "public";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            releaseAt: string;
                            /** @description SHA-256 (hex) of the canonical JSON of content: recompute it to check */
                            contentHash: string;
                        }[];
                        replies: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            incidentId: string;
                            /** @description The finding version replied to */
                            findingVersion: number;
                            /** @description A party code such as GNA or LNA */
                            party: string;
                            text: string;
                            /** @enum {string} */
                            language: "ar" | "en";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            submittedAt: string;
                        }[];
                        /** @description The current right-of-reply window, when the viewer may know of it */
                        replyWindow: {
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            opensAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            closesAt: string;
                            findingVersion: number;
                        } | null;
                        /** @description The states this viewer may move the case to now: what the server would accept */
                        allowedTransitions: ("received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened")[];
                        /** @description The wording of each provision the findings shown cite, as in force when each was drafted */
                        citedProvisions: {
                            /** @description The finding version that cites it */
                            findingVersion: number;
                            /** @description The provision's code, as the finding cites it */
                            code: string;
                            agreementCode: string;
                            /**
                             * @description The agreement's language whose text prevails where the two differ
                             * @enum {string}
                             */
                            authoritativeLanguage: "en" | "ar";
                            /** @description The provision's version in force when the finding was drafted */
                            version: number;
                            textEn: string;
                            textAr: string;
                            /**
                             * Format: date-time
                             * @description When that version was recorded
                             */
                            recordedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postIncidentsIdReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description An untriaged report describing the same event
                     */
                    reportId: string;
                    /** @description Why it is the same event */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The mission's reference, e.g. INC-2020-0001 */
                        reference: string;
                        /**
                         * @description Workflow state (docs/domain.md §7)
                         * @enum {string}
                         */
                        state: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened";
                        title: string;
                        /** @description Made up from category and place: the web app composes it in the reader's language */
                        titleGenerated: boolean;
                        /** @enum {string} */
                        category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                        /**
                         * Format: date-time
                         * @description Start of the event window
                         */
                        occurredFrom: string;
                        /**
                         * Format: date-time
                         * @description End of the event window
                         */
                        occurredTo: string;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When a finding of it was first released
                         */
                        releasedAt: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description The stored evaluation against the geo layers; null when there is none */
                        geo?: {
                            /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                            lineOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            } | null;
                            /** @description Every line of contact valid at the time, nearest first */
                            linesOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            }[];
                            zones: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            /** @description The party whose area of control contains the point (agreed > working > claimed) */
                            areaOfControl: string | null;
                            /** @description Every area of control containing the point: more than one means a contested claim */
                            areasOfControl: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            withdrawalLines: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                                weaponClasses: string[];
                                /** @enum {string} */
                                position: "behind" | "beyond" | "on_line";
                                distanceKm: number;
                            }[];
                            roads: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                name: string;
                                distanceKm: number;
                            }[];
                            nearestPlaces: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                distanceKm: number;
                                /** @description From the place to the point, degrees clockwise from north */
                                bearing: number;
                                /** @description The bearing as a compass point, e.g. SSE */
                                compass: string;
                            }[];
                            /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                            description: {
                                en: string;
                                ar: string;
                            } | null;
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            layerVersions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                version: number;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            }[];
                            /**
                             * Format: date-time
                             * @description The instant evaluated against (the event's time)
                             */
                            at: string;
                            /**
                             * Format: date-time
                             * @description When the evaluation was computed
                             */
                            evaluatedAt: string;
                        } | null;
                        /**
                         * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                         * @enum {string}
                         */
                        geoStatus?: "evaluated" | "pending" | "no_location";
                        /**
                         * Format: uuid
                         * @description Mission only: who opened it
                         */
                        createdBy?: string;
                        /**
                         * Format: date-time
                         * @description Mission only
                         */
                        createdAt?: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postIncidentsIdTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The case state to move to
                     * @enum {string}
                     */
                    to: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened";
                    note?: string;
                    /**
                     * Format: date-time
                     * @description Entering right_of_reply: deadline for the parties' replies (default: the mission's reply window, replyWindowHours)
                     */
                    replyDeadline?: string;
                    /**
                     * Format: date-time
                     * @description Entering published or restricted_release: the release instant (default now)
                     */
                    releaseAt?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The mission's reference, e.g. INC-2020-0001 */
                        reference: string;
                        /**
                         * @description Workflow state (docs/domain.md §7)
                         * @enum {string}
                         */
                        state: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened";
                        title: string;
                        /** @description Made up from category and place: the web app composes it in the reader's language */
                        titleGenerated: boolean;
                        /** @enum {string} */
                        category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                        /**
                         * Format: date-time
                         * @description Start of the event window
                         */
                        occurredFrom: string;
                        /**
                         * Format: date-time
                         * @description End of the event window
                         */
                        occurredTo: string;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When a finding of it was first released
                         */
                        releasedAt: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description The stored evaluation against the geo layers; null when there is none */
                        geo?: {
                            /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                            lineOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            } | null;
                            /** @description Every line of contact valid at the time, nearest first */
                            linesOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            }[];
                            zones: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            /** @description The party whose area of control contains the point (agreed > working > claimed) */
                            areaOfControl: string | null;
                            /** @description Every area of control containing the point: more than one means a contested claim */
                            areasOfControl: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            withdrawalLines: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                                weaponClasses: string[];
                                /** @enum {string} */
                                position: "behind" | "beyond" | "on_line";
                                distanceKm: number;
                            }[];
                            roads: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                name: string;
                                distanceKm: number;
                            }[];
                            nearestPlaces: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                distanceKm: number;
                                /** @description From the place to the point, degrees clockwise from north */
                                bearing: number;
                                /** @description The bearing as a compass point, e.g. SSE */
                                compass: string;
                            }[];
                            /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                            description: {
                                en: string;
                                ar: string;
                            } | null;
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            layerVersions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                version: number;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            }[];
                            /**
                             * Format: date-time
                             * @description The instant evaluated against (the event's time)
                             */
                            at: string;
                            /**
                             * Format: date-time
                             * @description When the evaluation was computed
                             */
                            evaluatedAt: string;
                        } | null;
                        /**
                         * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                         * @enum {string}
                         */
                        geoStatus?: "evaluated" | "pending" | "no_location";
                        /**
                         * Format: uuid
                         * @description Mission only: who opened it
                         */
                        createdBy?: string;
                        /**
                         * Format: date-time
                         * @description Mission only
                         */
                        createdAt?: string;
                        reports: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description The reference the submitter is given */
                            trackingId: string;
                            /** @description 1 for the original, then one more per amendment */
                            version: number;
                            /**
                             * Format: uuid
                             * @description The version this one amends
                             */
                            supersedesId: string | null;
                            /** @enum {string} */
                            sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                            /** @description The complaining party of a party complaint */
                            submitterParty: string | null;
                            /** @description The party the complaint accuses */
                            allegedParty: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            receivedAt: string;
                            /**
                             * Format: date-time
                             * @description Start of the event window
                             */
                            occurredFrom: string;
                            /**
                             * Format: date-time
                             * @description End of the event window
                             */
                            occurredTo: string;
                            /** @description UCDP date_prec 1 (exact day) … 5 */
                            datePrecision: number;
                            location: {
                                /** @description Latitude, WGS84 degrees */
                                lat: number;
                                /** @description Longitude, WGS84 degrees */
                                lon: number;
                            } | null;
                            /** @description UCDP where_prec 1 (exact) … 7 */
                            wherePrecision: number;
                            placeName: string | null;
                            /** @description Where the coordinates come from (decision 0005) */
                            locationResolution: {
                                /**
                                 * @description reported: coordinates as sent; gazetteer: located from placeName; ambiguous/unresolved: no coordinates
                                 * @enum {string}
                                 */
                                status: "reported" | "gazetteer" | "ambiguous" | "unresolved";
                                /** @description The place used (gazetteer), or the places to choose from (ambiguous) */
                                candidates: {
                                    placeId: string;
                                    name: string;
                                    nameAr: string | null;
                                    /** @enum {string} */
                                    kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                                    lat: number;
                                    lon: number;
                                    /** @description How well the name matched, 0–1 */
                                    score: number;
                                }[];
                            };
                            /** @enum {string} */
                            category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                            description: string;
                            /** @enum {string} */
                            language: "ar" | "en";
                            /** @description Counts observed: explosions, projectiles, bursts, shots, flares */
                            counts: {
                                explosions?: number;
                                projectiles?: number;
                                bursts?: number;
                                shots?: number;
                                flares?: number;
                            };
                            /** @enum {string} */
                            status: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            incidentId: string | null;
                            /** @description Demonstration data */
                            isDemo: boolean;
                            /**
                             * @description Who may read it (decision 0007)
                             * @enum {string}
                             */
                            classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                            /** @description The parties it concerns */
                            concernedParties: string[];
                            /**
                             * Format: date-time
                             * @description Parties see it only after this instant
                             */
                            embargoUntil: string | null;
                            /** @description The stored evaluation against the geo layers; null when there is none */
                            geo?: {
                                /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                                lineOfContact: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    claimedBy: string | null;
                                    /** @description The party whose side the point is on; null on the line or when the line names none */
                                    side: string | null;
                                    /**
                                     * @description Left or right of the line as drawn
                                     * @enum {string}
                                     */
                                    position: "left" | "right" | "on_line";
                                    /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                    distanceKm: number;
                                } | null;
                                /** @description Every line of contact valid at the time, nearest first */
                                linesOfContact: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    claimedBy: string | null;
                                    /** @description The party whose side the point is on; null on the line or when the line names none */
                                    side: string | null;
                                    /**
                                     * @description Left or right of the line as drawn
                                     * @enum {string}
                                     */
                                    position: "left" | "right" | "on_line";
                                    /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                    distanceKm: number;
                                }[];
                                zones: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                }[];
                                /** @description The party whose area of control contains the point (agreed > working > claimed) */
                                areaOfControl: string | null;
                                /** @description Every area of control containing the point: more than one means a contested claim */
                                areasOfControl: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                }[];
                                withdrawalLines: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                    weaponClasses: string[];
                                    /** @enum {string} */
                                    position: "behind" | "beyond" | "on_line";
                                    distanceKm: number;
                                }[];
                                roads: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    name: string;
                                    distanceKm: number;
                                }[];
                                nearestPlaces: {
                                    placeId: string;
                                    name: string;
                                    nameAr: string | null;
                                    distanceKm: number;
                                    /** @description From the place to the point, degrees clockwise from north */
                                    bearing: number;
                                    /** @description The bearing as a compass point, e.g. SSE */
                                    compass: string;
                                }[];
                                /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                                description: {
                                    en: string;
                                    ar: string;
                                } | null;
                                district: {
                                    id: string;
                                    name: string;
                                    nameAr: string | null;
                                } | null;
                                layerVersions: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                }[];
                                /**
                                 * Format: date-time
                                 * @description The instant evaluated against (the event's time)
                                 */
                                at: string;
                                /**
                                 * Format: date-time
                                 * @description When the evaluation was computed
                                 */
                                evaluatedAt: string;
                            } | null;
                            /**
                             * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                             * @enum {string}
                             */
                            geoStatus?: "evaluated" | "pending" | "no_location";
                            /**
                             * Format: uuid
                             * @description Mission only: the submitting user
                             */
                            submittedBy?: string | null;
                            /** @description Mission only: Admiralty grade, e.g. B2 */
                            sourceGrade?: string | null;
                            /** @description Mission only: why triage closed it */
                            triageReason?: string | null;
                        }[];
                        /** @description The mission: every finding version; anyone else: the finding of the latest release it may read, as released */
                        findings: ({
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description 1, then one more per new draft */
                            version: number;
                            /** @enum {string} */
                            outcome: "violation_attributed" | "violation_unattributed" | "not_a_violation" | "unfounded" | "unable_to_determine" | "pending";
                            /**
                             * @description V0 reported … V3 verified, X refuted, U unverifiable
                             * @enum {string}
                             */
                            verificationLevel: "V0" | "V1" | "V2" | "V3" | "X" | "U";
                            /** @enum {string} */
                            attributionLevel: "attributed" | "assessed_likely" | "area_of_control_only" | "undetermined";
                            /** @description A party code such as GNA or LNA */
                            attributedParty: string | null;
                            /** @description Codes of the provisions breached */
                            provisions: string[];
                            /**
                             * @description 1 minor/technical, 2 serious, 3 grave
                             * @enum {number|null}
                             */
                            severity: 1 | 2 | 3 | null;
                            /** @enum {string|null} */
                            standardOfProof: "beyond_reasonable_doubt" | "clear_and_convincing" | "balance_of_probabilities" | "reasonable_grounds" | "reasonable_suspicion" | null;
                            /** @description In English */
                            publicNarrative: string;
                            /** @description In English */
                            restrictedNarrative: string;
                            /** @description In Arabic */
                            publicNarrativeAr: string;
                            /** @description In Arabic */
                            restrictedNarrativeAr: string;
                            /**
                             * @description Whose narratives prevail when the two differ
                             * @enum {string}
                             */
                            authoritativeLanguage: "ar" | "en";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * @description Who may read it (decision 0007)
                             * @enum {string}
                             */
                            classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                            /** @description The parties it concerns */
                            concernedParties: string[];
                            /**
                             * Format: date-time
                             * @description Parties see it only after this instant
                             */
                            embargoUntil: string | null;
                            /** @description Mission only */
                            sourceGrades?: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                reportId: string;
                                /**
                                 * @description Admiralty source reliability A–F
                                 * @enum {string}
                                 */
                                reliability: "A" | "B" | "C" | "D" | "E" | "F";
                                /**
                                 * @description Information credibility 1–6
                                 * @enum {number}
                                 */
                                credibility: 1 | 2 | 3 | 4 | 5 | 6;
                            }[];
                            /**
                             * Format: uuid
                             * @description Mission only
                             */
                            draftedBy?: string;
                        } | ({
                            version: number;
                            /** @description A finding outcome, as of the release */
                            outcome: string;
                            verificationLevel: string;
                            attributionLevel: string;
                            attributedParty: string | null;
                            provisions: string[];
                            severity: number | null;
                            standardOfProof: string | null;
                            /** @description In English; in a release frozen before narratives had two languages, the only text */
                            publicNarrative: string;
                            /** @description In English; not in a public release */
                            restrictedNarrative?: string;
                            /** @description In Arabic; absent from releases frozen before narratives had two languages */
                            publicNarrativeAr?: string;
                            /** @description In Arabic; not in a public release, absent from older releases */
                            restrictedNarrativeAr?: string;
                            /** @description Whose narratives prevail; absent from older releases (read by script then) */
                            authoritativeLanguage?: string;
                        } & {
                            [key: string]: unknown;
                        }))[];
                        /** @description Releases the viewer may read, newest first */
                        releases: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            findingVersion: number;
                            /**
                             * @description Whom the release goes to
                             * @enum {string}
                             */
                            audience: "parties" | "mandating_body" | "public";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            releaseAt: string;
                            /** @description SHA-256 (hex) of the canonical JSON of content: recompute it to check */
                            contentHash: string;
                        }[];
                        replies: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            incidentId: string;
                            /** @description The finding version replied to */
                            findingVersion: number;
                            /** @description A party code such as GNA or LNA */
                            party: string;
                            text: string;
                            /** @enum {string} */
                            language: "ar" | "en";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            submittedAt: string;
                        }[];
                        /** @description The current right-of-reply window, when the viewer may know of it */
                        replyWindow: {
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            opensAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            closesAt: string;
                            findingVersion: number;
                        } | null;
                        /** @description The states this viewer may move the case to now: what the server would accept */
                        allowedTransitions: ("received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened")[];
                        /** @description The wording of each provision the findings shown cite, as in force when each was drafted */
                        citedProvisions: {
                            /** @description The finding version that cites it */
                            findingVersion: number;
                            /** @description The provision's code, as the finding cites it */
                            code: string;
                            agreementCode: string;
                            /**
                             * @description The agreement's language whose text prevails where the two differ
                             * @enum {string}
                             */
                            authoritativeLanguage: "en" | "ar";
                            /** @description The provision's version in force when the finding was drafted */
                            version: number;
                            textEn: string;
                            textAr: string;
                            /**
                             * Format: date-time
                             * @description When that version was recorded
                             */
                            recordedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postIncidentsIdFindings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "violation_attributed" | "violation_unattributed" | "not_a_violation" | "unfounded" | "unable_to_determine" | "pending";
                    /**
                     * @description V0 reported … V3 verified, X refuted, U unverifiable
                     * @enum {string}
                     */
                    verificationLevel: "V0" | "V1" | "V2" | "V3" | "X" | "U";
                    /** @enum {string} */
                    attributionLevel: "attributed" | "assessed_likely" | "area_of_control_only" | "undetermined";
                    attributedParty?: string;
                    /**
                     * @description Codes of the provisions breached
                     * @default []
                     */
                    provisions?: string[];
                    /** @description 1 minor, 2 serious, 3 grave */
                    severity?: 1 | 2 | 3;
                    /** @enum {string} */
                    standardOfProof?: "beyond_reasonable_doubt" | "clear_and_convincing" | "balance_of_probabilities" | "reasonable_grounds" | "reasonable_suspicion";
                    /**
                     * @description Admiralty grading of each report used
                     * @default []
                     */
                    sourceGrades?: {
                        /** Format: uuid */
                        reportId: string;
                        /** @enum {string} */
                        reliability: "A" | "B" | "C" | "D" | "E" | "F";
                        credibility: 1 | 2 | 3 | 4 | 5 | 6;
                    }[];
                    /**
                     * @description The public narrative in English
                     * @default
                     */
                    publicNarrative?: string;
                    /**
                     * @description The restricted narrative in English
                     * @default
                     */
                    restrictedNarrative?: string;
                    /**
                     * @description The public narrative in Arabic
                     * @default
                     */
                    publicNarrativeAr?: string;
                    /**
                     * @description The restricted narrative in Arabic
                     * @default
                     */
                    restrictedNarrativeAr?: string;
                    /**
                     * @description The language whose narratives prevail when the two differ; required in that language (the public one unless the outcome is pending)
                     * @default en
                     * @enum {string}
                     */
                    authoritativeLanguage?: "ar" | "en";
                    /**
                     * @description Who may receive this version; defaults to the incident's classification
                     * @enum {string}
                     */
                    classification?: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                    /** @description The parties this finding concerns; defaults to the incident's */
                    concernedParties?: string[];
                    /**
                     * Format: date-time
                     * @description Not released before this instant
                     */
                    embargoUntil?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description 1, then one more per new draft */
                        version: number;
                        /** @enum {string} */
                        outcome: "violation_attributed" | "violation_unattributed" | "not_a_violation" | "unfounded" | "unable_to_determine" | "pending";
                        /**
                         * @description V0 reported … V3 verified, X refuted, U unverifiable
                         * @enum {string}
                         */
                        verificationLevel: "V0" | "V1" | "V2" | "V3" | "X" | "U";
                        /** @enum {string} */
                        attributionLevel: "attributed" | "assessed_likely" | "area_of_control_only" | "undetermined";
                        /** @description A party code such as GNA or LNA */
                        attributedParty: string | null;
                        /** @description Codes of the provisions breached */
                        provisions: string[];
                        /**
                         * @description 1 minor/technical, 2 serious, 3 grave
                         * @enum {number|null}
                         */
                        severity: 1 | 2 | 3 | null;
                        /** @enum {string|null} */
                        standardOfProof: "beyond_reasonable_doubt" | "clear_and_convincing" | "balance_of_probabilities" | "reasonable_grounds" | "reasonable_suspicion" | null;
                        /** @description In English */
                        publicNarrative: string;
                        /** @description In English */
                        restrictedNarrative: string;
                        /** @description In Arabic */
                        publicNarrativeAr: string;
                        /** @description In Arabic */
                        restrictedNarrativeAr: string;
                        /**
                         * @description Whose narratives prevail when the two differ
                         * @enum {string}
                         */
                        authoritativeLanguage: "ar" | "en";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description Mission only */
                        sourceGrades?: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            reportId: string;
                            /**
                             * @description Admiralty source reliability A–F
                             * @enum {string}
                             */
                            reliability: "A" | "B" | "C" | "D" | "E" | "F";
                            /**
                             * @description Information credibility 1–6
                             * @enum {number}
                             */
                            credibility: 1 | 2 | 3 | 4 | 5 | 6;
                        }[];
                        /**
                         * Format: uuid
                         * @description Mission only
                         */
                        draftedBy?: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postIncidentsIdClassification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Who may read the incident
                     * @enum {string}
                     */
                    classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                    /** @description The parties it concerns */
                    concernedParties?: string[];
                    /**
                     * Format: date-time
                     * @description Nobody outside the mission sees it before this; null lifts an embargo
                     */
                    embargoUntil?: string | null;
                    /** @description Why the classification changes */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The mission's reference, e.g. INC-2020-0001 */
                        reference: string;
                        /**
                         * @description Workflow state (docs/domain.md §7)
                         * @enum {string}
                         */
                        state: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened";
                        title: string;
                        /** @description Made up from category and place: the web app composes it in the reader's language */
                        titleGenerated: boolean;
                        /** @enum {string} */
                        category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                        /**
                         * Format: date-time
                         * @description Start of the event window
                         */
                        occurredFrom: string;
                        /**
                         * Format: date-time
                         * @description End of the event window
                         */
                        occurredTo: string;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /**
                         * Format: date-time
                         * @description When a finding of it was first released
                         */
                        releasedAt: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /** @description The stored evaluation against the geo layers; null when there is none */
                        geo?: {
                            /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                            lineOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            } | null;
                            /** @description Every line of contact valid at the time, nearest first */
                            linesOfContact: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                /** @description The party whose side the point is on; null on the line or when the line names none */
                                side: string | null;
                                /**
                                 * @description Left or right of the line as drawn
                                 * @enum {string}
                                 */
                                position: "left" | "right" | "on_line";
                                /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                distanceKm: number;
                            }[];
                            zones: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            /** @description The party whose area of control contains the point (agreed > working > claimed) */
                            areaOfControl: string | null;
                            /** @description Every area of control containing the point: more than one means a contested claim */
                            areasOfControl: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                            }[];
                            withdrawalLines: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                /**
                                 * @description agreed by the parties, the mission's working line, or claimed by one party
                                 * @enum {string}
                                 */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                party: string | null;
                                weaponClasses: string[];
                                /** @enum {string} */
                                position: "behind" | "beyond" | "on_line";
                                distanceKm: number;
                            }[];
                            roads: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                name: string;
                                distanceKm: number;
                            }[];
                            nearestPlaces: {
                                placeId: string;
                                name: string;
                                nameAr: string | null;
                                distanceKm: number;
                                /** @description From the place to the point, degrees clockwise from north */
                                bearing: number;
                                /** @description The bearing as a compass point, e.g. SSE */
                                compass: string;
                            }[];
                            /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                            description: {
                                en: string;
                                ar: string;
                            } | null;
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            layerVersions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                layerId: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                versionId: string;
                                name: string;
                                version: number;
                                /** @enum {string} */
                                kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            }[];
                            /**
                             * Format: date-time
                             * @description The instant evaluated against (the event's time)
                             */
                            at: string;
                            /**
                             * Format: date-time
                             * @description When the evaluation was computed
                             */
                            evaluatedAt: string;
                        } | null;
                        /**
                         * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                         * @enum {string}
                         */
                        geoStatus?: "evaluated" | "pending" | "no_location";
                        /**
                         * Format: uuid
                         * @description Mission only: who opened it
                         */
                        createdBy?: string;
                        /**
                         * Format: date-time
                         * @description Mission only
                         */
                        createdAt?: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIncidentsIdDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        incident: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description The mission's reference, e.g. INC-2020-0001 */
                            reference: string;
                            /**
                             * @description Workflow state (docs/domain.md §7)
                             * @enum {string}
                             */
                            state: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened";
                            title: string;
                            /** @description Made up from category and place: the web app composes it in the reader's language */
                            titleGenerated: boolean;
                            /** @enum {string} */
                            category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                            /**
                             * Format: date-time
                             * @description Start of the event window
                             */
                            occurredFrom: string;
                            /**
                             * Format: date-time
                             * @description End of the event window
                             */
                            occurredTo: string;
                            location: {
                                /** @description Latitude, WGS84 degrees */
                                lat: number;
                                /** @description Longitude, WGS84 degrees */
                                lon: number;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When a finding of it was first released
                             */
                            releasedAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            updatedAt: string;
                            /**
                             * @description Who may read it (decision 0007)
                             * @enum {string}
                             */
                            classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                            /** @description The parties it concerns */
                            concernedParties: string[];
                            /**
                             * Format: date-time
                             * @description Parties see it only after this instant
                             */
                            embargoUntil: string | null;
                            /** @description The stored evaluation against the geo layers; null when there is none */
                            geo?: {
                                /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                                lineOfContact: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    claimedBy: string | null;
                                    /** @description The party whose side the point is on; null on the line or when the line names none */
                                    side: string | null;
                                    /**
                                     * @description Left or right of the line as drawn
                                     * @enum {string}
                                     */
                                    position: "left" | "right" | "on_line";
                                    /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                    distanceKm: number;
                                } | null;
                                /** @description Every line of contact valid at the time, nearest first */
                                linesOfContact: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    claimedBy: string | null;
                                    /** @description The party whose side the point is on; null on the line or when the line names none */
                                    side: string | null;
                                    /**
                                     * @description Left or right of the line as drawn
                                     * @enum {string}
                                     */
                                    position: "left" | "right" | "on_line";
                                    /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                                    distanceKm: number;
                                }[];
                                zones: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                }[];
                                /** @description The party whose area of control contains the point (agreed > working > claimed) */
                                areaOfControl: string | null;
                                /** @description Every area of control containing the point: more than one means a contested claim */
                                areasOfControl: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                }[];
                                withdrawalLines: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    /**
                                     * @description agreed by the parties, the mission's working line, or claimed by one party
                                     * @enum {string}
                                     */
                                    status: "agreed" | "working" | "claimed";
                                    /** @description A party code such as GNA or LNA */
                                    party: string | null;
                                    weaponClasses: string[];
                                    /** @enum {string} */
                                    position: "behind" | "beyond" | "on_line";
                                    distanceKm: number;
                                }[];
                                roads: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    name: string;
                                    distanceKm: number;
                                }[];
                                nearestPlaces: {
                                    placeId: string;
                                    name: string;
                                    nameAr: string | null;
                                    distanceKm: number;
                                    /** @description From the place to the point, degrees clockwise from north */
                                    bearing: number;
                                    /** @description The bearing as a compass point, e.g. SSE */
                                    compass: string;
                                }[];
                                /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                                description: {
                                    en: string;
                                    ar: string;
                                } | null;
                                district: {
                                    id: string;
                                    name: string;
                                    nameAr: string | null;
                                } | null;
                                layerVersions: {
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    layerId: string;
                                    /**
                                     * Format: uuid
                                     * @description Record id (UUID)
                                     */
                                    versionId: string;
                                    name: string;
                                    version: number;
                                    /** @enum {string} */
                                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                                }[];
                                /**
                                 * Format: date-time
                                 * @description The instant evaluated against (the event's time)
                                 */
                                at: string;
                                /**
                                 * Format: date-time
                                 * @description When the evaluation was computed
                                 */
                                evaluatedAt: string;
                            } | null;
                            /**
                             * @description evaluated; pending (not computed yet); no_location (nothing to evaluate)
                             * @enum {string}
                             */
                            geoStatus?: "evaluated" | "pending" | "no_location";
                            /**
                             * Format: uuid
                             * @description Mission only: who opened it
                             */
                            createdBy?: string;
                            /**
                             * Format: date-time
                             * @description Mission only
                             */
                            createdAt?: string;
                        };
                        /** @description The draft finding without its sources */
                        finding: {
                            /** @description 1, then one more per new draft */
                            version: number;
                            /** @enum {string} */
                            outcome: "violation_attributed" | "violation_unattributed" | "not_a_violation" | "unfounded" | "unable_to_determine" | "pending";
                            /**
                             * @description V0 reported … V3 verified, X refuted, U unverifiable
                             * @enum {string}
                             */
                            verificationLevel: "V0" | "V1" | "V2" | "V3" | "X" | "U";
                            /** @enum {string} */
                            attributionLevel: "attributed" | "assessed_likely" | "area_of_control_only" | "undetermined";
                            /** @description A party code such as GNA or LNA */
                            attributedParty: string | null;
                            /** @description Codes of the provisions breached */
                            provisions: string[];
                            /**
                             * @description 1 minor/technical, 2 serious, 3 grave
                             * @enum {number|null}
                             */
                            severity: 1 | 2 | 3 | null;
                            /** @enum {string|null} */
                            standardOfProof: "beyond_reasonable_doubt" | "clear_and_convincing" | "balance_of_probabilities" | "reasonable_grounds" | "reasonable_suspicion" | null;
                            /** @description In English */
                            publicNarrative: string;
                            /** @description In English */
                            restrictedNarrative: string;
                            /** @description In Arabic */
                            publicNarrativeAr: string;
                            /** @description In Arabic */
                            restrictedNarrativeAr: string;
                            /**
                             * @description Whose narratives prevail when the two differ
                             * @enum {string}
                             */
                            authoritativeLanguage: "ar" | "en";
                            /** @description The parties it concerns */
                            concernedParties: string[];
                        };
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        replyDeadline: string;
                        /** @description A reply is accepted now (before the deadline) */
                        open: boolean;
                        /** @description The caller's party's replies; for the mission, all of them */
                        replies: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            incidentId: string;
                            /** @description The finding version replied to */
                            findingVersion: number;
                            /** @description A party code such as GNA or LNA */
                            party: string;
                            text: string;
                            /** @enum {string} */
                            language: "ar" | "en";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            submittedAt: string;
                        }[];
                        /** @description The wording of the provisions the draft cites, as in force when it was drafted */
                        citedProvisions: {
                            /** @description The finding version that cites it */
                            findingVersion: number;
                            /** @description The provision's code, as the finding cites it */
                            code: string;
                            agreementCode: string;
                            /**
                             * @description The agreement's language whose text prevails where the two differ
                             * @enum {string}
                             */
                            authoritativeLanguage: "en" | "ar";
                            /** @description The provision's version in force when the finding was drafted */
                            version: number;
                            textEn: string;
                            textAr: string;
                            /**
                             * Format: date-time
                             * @description When that version was recorded
                             */
                            recordedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postIncidentsIdReplies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The party's reply to the draft finding */
                    text: string;
                    /**
                     * @description Language of the reply
                     * @enum {string}
                     */
                    language: "ar" | "en";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        incidentId: string;
                        /** @description The finding version replied to */
                        findingVersion: number;
                        /** @description A party code such as GNA or LNA */
                        party: string;
                        text: string;
                        /** @enum {string} */
                        language: "ar" | "en";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        submittedAt: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReleases: {
        parameters: {
            query?: {
                /** @description Only this incident's releases */
                incidentId?: string;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                /** @description Page size (1–200) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            incidentId: string;
                            findingVersion: number;
                            /**
                             * @description Whom the release goes to
                             * @enum {string}
                             */
                            audience: "parties" | "mandating_body" | "public";
                            /**
                             * Format: date-time
                             * @description From this instant its audience may read it
                             */
                            releaseAt: string;
                            /** @description The frozen snapshot every recipient reads; SHA-256 of its canonical JSON is contentHash */
                            content: {
                                /**
                                 * @description Whom the release goes to
                                 * @enum {string}
                                 */
                                audience: "parties" | "mandating_body" | "public";
                                releaseAt: string;
                                incident: {
                                    id: string;
                                    reference: string;
                                    title: string;
                                    category: string;
                                    occurredFrom: string;
                                    occurredTo: string;
                                    location: ({
                                        lat: number;
                                        lon: number;
                                    } & {
                                        [key: string]: unknown;
                                    }) | null;
                                    /** @description Present when the location was coarsened for the public */
                                    coarsened?: {
                                        gridDegrees: number;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    concernedParties: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                                finding: {
                                    version: number;
                                    /** @description A finding outcome, as of the release */
                                    outcome: string;
                                    verificationLevel: string;
                                    attributionLevel: string;
                                    attributedParty: string | null;
                                    provisions: string[];
                                    severity: number | null;
                                    standardOfProof: string | null;
                                    /** @description In English; in a release frozen before narratives had two languages, the only text */
                                    publicNarrative: string;
                                    /** @description In English; not in a public release */
                                    restrictedNarrative?: string;
                                    /** @description In Arabic; absent from releases frozen before narratives had two languages */
                                    publicNarrativeAr?: string;
                                    /** @description In Arabic; not in a public release, absent from older releases */
                                    restrictedNarrativeAr?: string;
                                    /** @description Whose narratives prevail; absent from older releases (read by script then) */
                                    authoritativeLanguage?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description The parties' replies to this finding version; not in a public release */
                                replies?: ({
                                    party: string;
                                    text: string;
                                    language: string;
                                    submittedAt: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description SHA-256 (hex) of the canonical JSON of content: recompute it to check */
                            contentHash: string;
                            /**
                             * Format: uuid
                             * @description Mission only
                             */
                            releasedBy?: string;
                            /**
                             * Format: date-time
                             * @description Mission only: when the release was scheduled
                             */
                            createdAt?: string;
                            /** @description One release read alone: the wording of the provisions its finding cites, as in force when the finding was drafted (not part of the frozen content) */
                            citedProvisions?: {
                                /** @description The finding version that cites it */
                                findingVersion: number;
                                /** @description The provision's code, as the finding cites it */
                                code: string;
                                agreementCode: string;
                                /**
                                 * @description The agreement's language whose text prevails where the two differ
                                 * @enum {string}
                                 */
                                authoritativeLanguage: "en" | "ar";
                                /** @description The provision's version in force when the finding was drafted */
                                version: number;
                                textEn: string;
                                textAr: string;
                                /**
                                 * Format: date-time
                                 * @description When that version was recorded
                                 */
                                recordedAt: string;
                            }[];
                        }[];
                        /** @description Pass as `cursor` to read the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReleasesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        incidentId: string;
                        findingVersion: number;
                        /**
                         * @description Whom the release goes to
                         * @enum {string}
                         */
                        audience: "parties" | "mandating_body" | "public";
                        /**
                         * Format: date-time
                         * @description From this instant its audience may read it
                         */
                        releaseAt: string;
                        /** @description The frozen snapshot every recipient reads; SHA-256 of its canonical JSON is contentHash */
                        content: {
                            /**
                             * @description Whom the release goes to
                             * @enum {string}
                             */
                            audience: "parties" | "mandating_body" | "public";
                            releaseAt: string;
                            incident: {
                                id: string;
                                reference: string;
                                title: string;
                                category: string;
                                occurredFrom: string;
                                occurredTo: string;
                                location: ({
                                    lat: number;
                                    lon: number;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @description Present when the location was coarsened for the public */
                                coarsened?: {
                                    gridDegrees: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                concernedParties: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            finding: {
                                version: number;
                                /** @description A finding outcome, as of the release */
                                outcome: string;
                                verificationLevel: string;
                                attributionLevel: string;
                                attributedParty: string | null;
                                provisions: string[];
                                severity: number | null;
                                standardOfProof: string | null;
                                /** @description In English; in a release frozen before narratives had two languages, the only text */
                                publicNarrative: string;
                                /** @description In English; not in a public release */
                                restrictedNarrative?: string;
                                /** @description In Arabic; absent from releases frozen before narratives had two languages */
                                publicNarrativeAr?: string;
                                /** @description In Arabic; not in a public release, absent from older releases */
                                restrictedNarrativeAr?: string;
                                /** @description Whose narratives prevail; absent from older releases (read by script then) */
                                authoritativeLanguage?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description The parties' replies to this finding version; not in a public release */
                            replies?: ({
                                party: string;
                                text: string;
                                language: string;
                                submittedAt: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description SHA-256 (hex) of the canonical JSON of content: recompute it to check */
                        contentHash: string;
                        /**
                         * Format: uuid
                         * @description Mission only
                         */
                        releasedBy?: string;
                        /**
                         * Format: date-time
                         * @description Mission only: when the release was scheduled
                         */
                        createdAt?: string;
                        /** @description One release read alone: the wording of the provisions its finding cites, as in force when the finding was drafted (not part of the frozen content) */
                        citedProvisions?: {
                            /** @description The finding version that cites it */
                            findingVersion: number;
                            /** @description The provision's code, as the finding cites it */
                            code: string;
                            agreementCode: string;
                            /**
                             * @description The agreement's language whose text prevails where the two differ
                             * @enum {string}
                             */
                            authoritativeLanguage: "en" | "ar";
                            /** @description The provision's version in force when the finding was drafted */
                            version: number;
                            textEn: string;
                            textAr: string;
                            /**
                             * Format: date-time
                             * @description When that version was recorded
                             */
                            recordedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicIncidents: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                /** @description Page size (1–200) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description The incident's id
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            releaseId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            releaseAt: string;
                            /** @description The frozen snapshot every recipient reads; SHA-256 of its canonical JSON is contentHash */
                            content: {
                                /**
                                 * @description Whom the release goes to
                                 * @enum {string}
                                 */
                                audience: "parties" | "mandating_body" | "public";
                                releaseAt: string;
                                incident: {
                                    id: string;
                                    reference: string;
                                    title: string;
                                    category: string;
                                    occurredFrom: string;
                                    occurredTo: string;
                                    location: ({
                                        lat: number;
                                        lon: number;
                                    } & {
                                        [key: string]: unknown;
                                    }) | null;
                                    /** @description Present when the location was coarsened for the public */
                                    coarsened?: {
                                        gridDegrees: number;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    concernedParties: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                                finding: {
                                    version: number;
                                    /** @description A finding outcome, as of the release */
                                    outcome: string;
                                    verificationLevel: string;
                                    attributionLevel: string;
                                    attributedParty: string | null;
                                    provisions: string[];
                                    severity: number | null;
                                    standardOfProof: string | null;
                                    /** @description In English; in a release frozen before narratives had two languages, the only text */
                                    publicNarrative: string;
                                    /** @description In English; not in a public release */
                                    restrictedNarrative?: string;
                                    /** @description In Arabic; absent from releases frozen before narratives had two languages */
                                    publicNarrativeAr?: string;
                                    /** @description In Arabic; not in a public release, absent from older releases */
                                    restrictedNarrativeAr?: string;
                                    /** @description Whose narratives prevail; absent from older releases (read by script then) */
                                    authoritativeLanguage?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description The parties' replies to this finding version; not in a public release */
                                replies?: ({
                                    party: string;
                                    text: string;
                                    language: string;
                                    submittedAt: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description SHA-256 (hex) of the canonical JSON of content: recompute it to check */
                            contentHash: string;
                        }[];
                        /** @description Pass as `cursor` to read the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicIncidentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The incident's id
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        releaseId: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        releaseAt: string;
                        /** @description The frozen snapshot every recipient reads; SHA-256 of its canonical JSON is contentHash */
                        content: {
                            /**
                             * @description Whom the release goes to
                             * @enum {string}
                             */
                            audience: "parties" | "mandating_body" | "public";
                            releaseAt: string;
                            incident: {
                                id: string;
                                reference: string;
                                title: string;
                                category: string;
                                occurredFrom: string;
                                occurredTo: string;
                                location: ({
                                    lat: number;
                                    lon: number;
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                /** @description Present when the location was coarsened for the public */
                                coarsened?: {
                                    gridDegrees: number;
                                } & {
                                    [key: string]: unknown;
                                };
                                concernedParties: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            finding: {
                                version: number;
                                /** @description A finding outcome, as of the release */
                                outcome: string;
                                verificationLevel: string;
                                attributionLevel: string;
                                attributedParty: string | null;
                                provisions: string[];
                                severity: number | null;
                                standardOfProof: string | null;
                                /** @description In English; in a release frozen before narratives had two languages, the only text */
                                publicNarrative: string;
                                /** @description In English; not in a public release */
                                restrictedNarrative?: string;
                                /** @description In Arabic; absent from releases frozen before narratives had two languages */
                                publicNarrativeAr?: string;
                                /** @description In Arabic; not in a public release, absent from older releases */
                                restrictedNarrativeAr?: string;
                                /** @description Whose narratives prevail; absent from older releases (read by script then) */
                                authoritativeLanguage?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description The parties' replies to this finding version; not in a public release */
                            replies?: ({
                                party: string;
                                text: string;
                                language: string;
                                submittedAt: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description SHA-256 (hex) of the canonical JSON of content: recompute it to check */
                        contentHash: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportsIdEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description SHA-256 of the file, hex: what it is stored under */
                            sha256: string;
                            sizeBytes: number;
                            /** @description Detected from the bytes, e.g. image/jpeg */
                            mediaType: string;
                            originalName: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            receivedAt: string;
                            /**
                             * @description Who may read it (decision 0007)
                             * @enum {string}
                             */
                            classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                            /** @description The parties it concerns */
                            concernedParties: string[];
                            /**
                             * Format: date-time
                             * @description Parties see it only after this instant
                             */
                            embargoUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postReportsIdEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description SHA-256 of the file, hex: what it is stored under */
                        sha256: string;
                        sizeBytes: number;
                        /** @description Detected from the bytes, e.g. image/jpeg */
                        mediaType: string;
                        originalName: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        receivedAt: string;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvidenceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description SHA-256 of the file, hex: what it is stored under */
                        sha256: string;
                        sizeBytes: number;
                        /** @description Detected from the bytes, e.g. image/jpeg */
                        mediaType: string;
                        /** @description Not for the auditor, who reads custody records, not case content */
                        originalName?: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        receivedAt: string;
                        /**
                         * @description Who may read it (decision 0007)
                         * @enum {string}
                         */
                        classification: "public" | "parties" | "mandating_body" | "internal" | "confidential_source";
                        /** @description The parties it concerns */
                        concernedParties: string[];
                        /**
                         * Format: date-time
                         * @description Parties see it only after this instant
                         */
                        embargoUntil: string | null;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        reportId: string;
                        /**
                         * Format: uuid
                         * @description Mission only
                         */
                        uploadedBy?: string | null;
                        /** @description The custody log, for the mission and the auditor */
                        custody?: {
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            at: string;
                            /** @description Who acted, as the audit log names them (user:<username>) */
                            actor: string;
                            /** @enum {string} */
                            action: "received" | "viewed" | "downloaded" | "verified";
                            note: string | null;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvidenceIdContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The original bytes as a download, in their detected media type (image/jpeg, video/mp4, application/pdf …); the x-content-sha256 header gives the hash they were stored under */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                /** @description asc: oldest first, paged with `after`; desc: newest first, paged with `before` */
                order?: "asc" | "desc";
                /** @description Entries after this sequence number */
                after?: number;
                /** @description Entries before this sequence number */
                before?: number;
                /** @description What the entries are about: "incident:<id>" as stored, or an incident's or task's reference, a report's tracking number, a username */
                subject?: string;
                /** @description Who: a username, or "user:<username>", "public", "system:<name>" as stored */
                actor?: string;
                /** @description What: an action ("incident.transition") or its group ("incident") */
                action?: string;
                /** @description Entries written at or after this instant */
                from?: string;
                /** @description Entries written before this instant */
                to?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Position in the chain, from 1 */
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            at: string;
                            /** @description Who: "user:<username>", "public" or "system:<name>" */
                            actor: string;
                            /** @description What was done, e.g. "incident.transition" */
                            action: string;
                            /** @description What it is about, e.g. "incident:<id>" */
                            subject: string;
                            /** @description SHA-256, hexadecimal */
                            dataHash: string;
                            /** @description SHA-256, hexadecimal */
                            prevHash: string;
                            /** @description SHA-256, hexadecimal */
                            hash: string;
                            /** @description The entry's details and the hashes of the rows it changed */
                            data: unknown;
                            /** @description The subject's reference, tracking number or username, where it has one */
                            subjectLabel: string | null;
                        }[];
                        /** @description Oldest first: pass as `after` for more */
                        nextAfter: number | null;
                        /** @description Newest first: pass as `before` for more */
                        nextBefore: number | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditCsv: {
        parameters: {
            query?: {
                /** @description What the entries are about: "incident:<id>" as stored, or an incident's or task's reference, a report's tracking number, a username */
                subject?: string;
                /** @description Who: a username, or "user:<username>", "public", "system:<name>" as stored */
                actor?: string;
                /** @description What: an action ("incident.transition") or its group ("incident") */
                action?: string;
                /** @description Entries written at or after this instant */
                from?: string;
                /** @description Entries written before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CSV file (RFC 4180, UTF-8), one row per audit entry, as a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        /** @description Entries checked */
                        entries: number;
                        /** @description Audited rows compared with their recorded hash */
                        rowsChecked: number;
                        problem: {
                            /** @description The first entry that no longer holds */
                            seq: number | null;
                            /**
                             * @description What fails: seq (an entry missing), prev_hash (the link), data (the details), hash (the entry's own fields), head (entries removed at the end), row (an audited row changed, added or deleted)
                             * @enum {string}
                             */
                            field: "seq" | "prev_hash" | "data" | "hash" | "head" | "row";
                            /** @description The audited row, when a row fails */
                            row: {
                                table: string;
                                id: string;
                            } | null;
                            reason: string;
                        } | null;
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditSlice: {
        parameters: {
            query?: {
                /** @description Entries written at or after this instant */
                from?: string;
                /** @description Entries written before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "cfm-audit-slice/1";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        exportedAt: string;
                        range: {
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            from: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            to: string | null;
                        };
                        /** @description The entry just before the first one exported */
                        before: {
                            /** @description Sequence number (0: before the first entry) */
                            seq: number;
                            /** @description That entry's hash (zeros before the first entry) */
                            hash: string;
                        };
                        /** @description The newest entry of the log when exported */
                        head: {
                            /** @description Sequence number (0: before the first entry) */
                            seq: number;
                            /** @description That entry's hash (zeros before the first entry) */
                            hash: string;
                        };
                        /** @description Every entry of the range, oldest first, with no gap */
                        entries: {
                            /** @description Position in the chain, from 1 */
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            at: string;
                            /** @description Who: "user:<username>", "public" or "system:<name>" */
                            actor: string;
                            /** @description What was done, e.g. "incident.transition" */
                            action: string;
                            subject: string;
                            /** @description The entry's details and the hashes of the rows it changed */
                            data: unknown;
                            /** @description SHA-256, hexadecimal */
                            dataHash: string;
                            /** @description SHA-256, hexadecimal */
                            prevHash: string;
                            /** @description SHA-256, hexadecimal */
                            hash: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            code: string;
                            titleEn: string;
                            titleAr: string;
                            /**
                             * Format: date-time
                             * @description Null when the agreement was announced and accepted but never signed (a truce)
                             */
                            signedAt: string | null;
                            /**
                             * Format: date-time
                             * @description "D": deadlines of commitments count from this moment
                             */
                            entryIntoForce: string;
                            /**
                             * @description Whose text prevails where the two differ
                             * @enum {string}
                             */
                            authoritativeLanguage: "en" | "ar";
                            provisions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                /** @description Stable clause reference that findings cite, e.g. "LY-2020-10-23/2a" */
                                code: string;
                                /** @description The version of the wording in force now (1 = as first recorded) */
                                version: number;
                                textEn: string;
                                textAr: string;
                                obligatedParties: string[];
                                /**
                                 * Format: date-time
                                 * @description Set when the clause no longer binds: not citable any more
                                 */
                                retiredAt: string | null;
                                retiredReason: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A clause or agreement code that findings cite, e.g. "LY-2020-10-23/2a" */
                    code: string;
                    titleEn: string;
                    titleAr: string;
                    /**
                     * Format: date-time
                     * @description Null for a truce announced but never signed
                     */
                    signedAt: string | null;
                    /**
                     * Format: date-time
                     * @description "D": deadlines count from this moment
                     */
                    entryIntoForce: string;
                    /**
                     * @description Which language's text prevails where the two differ
                     * @default en
                     * @enum {string}
                     */
                    authoritativeLanguage?: "en" | "ar";
                    provisions: {
                        /** @description A clause or agreement code that findings cite, e.g. "LY-2020-10-23/2a" */
                        code: string;
                        /** @description The English text (empty when only the Arabic exists) */
                        textEn: string;
                        /** @description The Arabic text (empty when only the English exists) */
                        textAr: string;
                        /** @description Parties the clause obliges */
                        obligatedParties: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        code: string;
                        titleEn: string;
                        titleAr: string;
                        /**
                         * Format: date-time
                         * @description Null when the agreement was announced and accepted but never signed (a truce)
                         */
                        signedAt: string | null;
                        /**
                         * Format: date-time
                         * @description "D": deadlines of commitments count from this moment
                         */
                        entryIntoForce: string;
                        /**
                         * @description Whose text prevails where the two differ
                         * @enum {string}
                         */
                        authoritativeLanguage: "en" | "ar";
                        provisions: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description Stable clause reference that findings cite, e.g. "LY-2020-10-23/2a" */
                            code: string;
                            /** @description The version of the wording in force now (1 = as first recorded) */
                            version: number;
                            textEn: string;
                            textAr: string;
                            obligatedParties: string[];
                            /**
                             * Format: date-time
                             * @description Set when the clause no longer binds: not citable any more
                             */
                            retiredAt: string | null;
                            retiredReason: string | null;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAgreementsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The file's name, used in the errors (file:line:column) */
                    fileName: string;
                    /** @description The file's content (agreements.json) */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        file: string;
                        agreementsCreated: string[];
                        agreementsUpdated: string[];
                        provisionsAdded: string[];
                        /** @description Codes whose wording changed: a new version each */
                        provisionsRevised: string[];
                        /** @description Provisions the file left as they were */
                        unchanged: number;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAgreementsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    titleEn: string;
                    titleAr: string;
                    /**
                     * Format: date-time
                     * @description Null for a truce announced but never signed
                     */
                    signedAt: string | null;
                    /**
                     * Format: date-time
                     * @description "D": deadlines count from this moment
                     */
                    entryIntoForce: string;
                    /**
                     * @description Which language's text prevails where the two differ
                     * @default en
                     * @enum {string}
                     */
                    authoritativeLanguage?: "en" | "ar";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        code: string;
                        titleEn: string;
                        titleAr: string;
                        /**
                         * Format: date-time
                         * @description Null when the agreement was announced and accepted but never signed (a truce)
                         */
                        signedAt: string | null;
                        /**
                         * Format: date-time
                         * @description "D": deadlines of commitments count from this moment
                         */
                        entryIntoForce: string;
                        /**
                         * @description Whose text prevails where the two differ
                         * @enum {string}
                         */
                        authoritativeLanguage: "en" | "ar";
                        provisions: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description Stable clause reference that findings cite, e.g. "LY-2020-10-23/2a" */
                            code: string;
                            /** @description The version of the wording in force now (1 = as first recorded) */
                            version: number;
                            textEn: string;
                            textAr: string;
                            obligatedParties: string[];
                            /**
                             * Format: date-time
                             * @description Set when the clause no longer binds: not citable any more
                             */
                            retiredAt: string | null;
                            retiredReason: string | null;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAgreementsIdProvisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A clause or agreement code that findings cite, e.g. "LY-2020-10-23/2a" */
                    code: string;
                    /** @description The English text (empty when only the Arabic exists) */
                    textEn: string;
                    /** @description The Arabic text (empty when only the English exists) */
                    textAr: string;
                    /** @description Parties the clause obliges */
                    obligatedParties: string[];
                    /** @description Why it is added */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description Stable clause reference that findings cite, e.g. "LY-2020-10-23/2a" */
                        code: string;
                        /** @description The version of the wording in force now (1 = as first recorded) */
                        version: number;
                        textEn: string;
                        textAr: string;
                        obligatedParties: string[];
                        /**
                         * Format: date-time
                         * @description Set when the clause no longer binds: not citable any more
                         */
                        retiredAt: string | null;
                        retiredReason: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProvisionsIdVersions: {
        parameters: {
            query?: {
                /** @description A moment (a finding's drafting time): which version was in force then */
                at?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        provision: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description Stable clause reference that findings cite, e.g. "LY-2020-10-23/2a" */
                            code: string;
                            /** @description The version of the wording in force now (1 = as first recorded) */
                            version: number;
                            textEn: string;
                            textAr: string;
                            obligatedParties: string[];
                            /**
                             * Format: date-time
                             * @description Set when the clause no longer binds: not citable any more
                             */
                            retiredAt: string | null;
                            retiredReason: string | null;
                        };
                        agreementCode: string;
                        /** @description Every wording, oldest first; none is overwritten */
                        versions: {
                            version: number;
                            textEn: string;
                            textAr: string;
                            obligatedParties: string[];
                            /** @description Why this wording was recorded */
                            reason: string;
                            /** @description Who recorded it, e.g. "user:chief" */
                            recordedBy: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            recordedAt: string;
                        }[];
                        /** @description The version in force at the moment asked (`at`); null when none was asked */
                        inForce: number | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postProvisionsIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The English text (empty when only the Arabic exists) */
                    textEn: string;
                    /** @description The Arabic text (empty when only the English exists) */
                    textAr: string;
                    /** @description Parties the clause obliges */
                    obligatedParties: string[];
                    /** @description Why the wording changes (kept with the version) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description Stable clause reference that findings cite, e.g. "LY-2020-10-23/2a" */
                        code: string;
                        /** @description The version of the wording in force now (1 = as first recorded) */
                        version: number;
                        textEn: string;
                        textAr: string;
                        obligatedParties: string[];
                        /**
                         * Format: date-time
                         * @description Set when the clause no longer binds: not citable any more
                         */
                        retiredAt: string | null;
                        retiredReason: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postProvisionsIdRetire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the clause no longer binds */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description Stable clause reference that findings cite, e.g. "LY-2020-10-23/2a" */
                        code: string;
                        /** @description The version of the wording in force now (1 = as first recorded) */
                        version: number;
                        textEn: string;
                        textAr: string;
                        obligatedParties: string[];
                        /**
                         * Format: date-time
                         * @description Set when the clause no longer binds: not citable any more
                         */
                        retiredAt: string | null;
                        retiredReason: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlaces: {
        parameters: {
            query: {
                /** @description A place name in Arabic or Latin script; spelling variants, diacritics and the article al-/ال are tolerated */
                q: string;
                /** @description How many places (1–50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Stable and source-qualified: "osm:node/123", "geonames:2210247" */
                            id: string;
                            /** @description The usual Latin-script name (the Arabic one when none is known) */
                            name: string;
                            nameAr: string | null;
                            lat: number;
                            lon: number;
                            /** @enum {string} */
                            kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                            population: number | null;
                            /** @description Rough coordinates: good for where_prec ≥ 2 only */
                            approximate: boolean;
                            /** @description The first-level district the place is in */
                            district: {
                                id: string;
                                name: string;
                                nameAr: string | null;
                            } | null;
                            /** @description How well the name matched, 0–1 */
                            score: number;
                            /**
                             * @description How it matched
                             * @enum {string}
                             */
                            match: "exact" | "key" | "skeleton" | "prefix" | "similar";
                            /** @description The name or variant that matched */
                            matchedName: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlacesLabels: {
        parameters: {
            query: {
                /** @description minLon,minLat,maxLon,maxLat in WGS84 degrees; the whole world when absent */
                bbox?: string;
                /** @description The map's zoom: cities from afar, then towns, villages, suburbs and hamlets */
                zoom: number;
                /** @description At most this many places, the most important first (1–200) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Stable and source-qualified: "osm:node/123", "geonames:2210247" */
                            id: string;
                            /** @description The usual Latin-script name (the Arabic one when none is known) */
                            name: string;
                            /** @description The Arabic name, when known */
                            nameAr: string | null;
                            lat: number;
                            lon: number;
                            /** @enum {string} */
                            kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                            population: number | null;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGazetteerPlaces: {
        parameters: {
            query?: {
                /** @description A name in either script (the place search's spelling tolerance); absent: all */
                q?: string;
                /** @description Page size (1–200) */
                limit?: number;
                /** @description Places to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many places match, over all pages */
                        total: number;
                        items: {
                            /** @description Stable and source-qualified: "osm:node/123", "geonames:2210247" */
                            id: string;
                            /** @description The usual Latin-script name (the Arabic one when none is known) */
                            name: string;
                            nameAr: string | null;
                            /** @description Other spellings, in either script */
                            variants: string[];
                            lat: number;
                            lon: number;
                            /** @enum {string} */
                            kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                            population: number | null;
                            /** @description Rough coordinates: good for where_prec ≥ 2 only */
                            approximate: boolean;
                            /** @description The district a source assigns the place to */
                            district: string | null;
                            sources: string[];
                            /** @description Ids of the same place in other sources, matched at import ("geonames:2210247") */
                            sourceIds: string[];
                            /** @description Asked for by the id of a duplicate merged into this place: that id */
                            mergedFrom: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postGazetteerPlaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The usual Latin-script name */
                    name: string;
                    /** @description The place's Arabic name, in Arabic script */
                    nameAr: string;
                    /**
                     * @description Other spellings that should find the place
                     * @default []
                     */
                    variants?: string[];
                    /** @description WGS84 decimal degrees */
                    lat: number;
                    /** @description WGS84 decimal degrees */
                    lon: number;
                    /** @enum {string} */
                    kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                    /** @default null */
                    population?: number | null;
                    /**
                     * @description Rough coordinates: good for where_prec ≥ 2
                     * @default false
                     */
                    approximate?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable and source-qualified: "osm:node/123", "geonames:2210247" */
                        id: string;
                        /** @description The usual Latin-script name (the Arabic one when none is known) */
                        name: string;
                        nameAr: string | null;
                        /** @description Other spellings, in either script */
                        variants: string[];
                        lat: number;
                        lon: number;
                        /** @enum {string} */
                        kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                        population: number | null;
                        /** @description Rough coordinates: good for where_prec ≥ 2 only */
                        approximate: boolean;
                        /** @description The district a source assigns the place to */
                        district: string | null;
                        sources: string[];
                        /** @description Ids of the same place in other sources, matched at import ("geonames:2210247") */
                        sourceIds: string[];
                        /** @description Asked for by the id of a duplicate merged into this place: that id */
                        mergedFrom: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGazetteerPlacesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A place id, URL-encoded: "osm%3Anode%2F123" */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable and source-qualified: "osm:node/123", "geonames:2210247" */
                        id: string;
                        /** @description The usual Latin-script name (the Arabic one when none is known) */
                        name: string;
                        nameAr: string | null;
                        /** @description Other spellings, in either script */
                        variants: string[];
                        lat: number;
                        lon: number;
                        /** @enum {string} */
                        kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                        population: number | null;
                        /** @description Rough coordinates: good for where_prec ≥ 2 only */
                        approximate: boolean;
                        /** @description The district a source assigns the place to */
                        district: string | null;
                        sources: string[];
                        /** @description Ids of the same place in other sources, matched at import ("geonames:2210247") */
                        sourceIds: string[];
                        /** @description Asked for by the id of a duplicate merged into this place: that id */
                        mergedFrom: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postGazetteerPlacesIdPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A place id, URL-encoded: "osm%3Anode%2F123" */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description WGS84 decimal degrees */
                    lat: number;
                    /** @description WGS84 decimal degrees */
                    lon: number;
                    /** @default false */
                    approximate?: boolean;
                    /** @description Why the position changes (kept in the audit entry) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable and source-qualified: "osm:node/123", "geonames:2210247" */
                        id: string;
                        /** @description The usual Latin-script name (the Arabic one when none is known) */
                        name: string;
                        nameAr: string | null;
                        /** @description Other spellings, in either script */
                        variants: string[];
                        lat: number;
                        lon: number;
                        /** @enum {string} */
                        kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                        population: number | null;
                        /** @description Rough coordinates: good for where_prec ≥ 2 only */
                        approximate: boolean;
                        /** @description The district a source assigns the place to */
                        district: string | null;
                        sources: string[];
                        /** @description Ids of the same place in other sources, matched at import ("geonames:2210247") */
                        sourceIds: string[];
                        /** @description Asked for by the id of a duplicate merged into this place: that id */
                        mergedFrom: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postGazetteerMerges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The duplicate: merged, its names kept as variants */
                    from: string;
                    /** @description The place that stays */
                    into: string;
                    /** @description Why these are one place (kept in the audit entry) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable and source-qualified: "osm:node/123", "geonames:2210247" */
                        id: string;
                        /** @description The usual Latin-script name (the Arabic one when none is known) */
                        name: string;
                        nameAr: string | null;
                        /** @description Other spellings, in either script */
                        variants: string[];
                        lat: number;
                        lon: number;
                        /** @enum {string} */
                        kind: "city" | "town" | "suburb" | "village" | "hamlet" | "airport" | "airbase" | "site";
                        population: number | null;
                        /** @description Rough coordinates: good for where_prec ≥ 2 only */
                        approximate: boolean;
                        /** @description The district a source assigns the place to */
                        district: string | null;
                        sources: string[];
                        /** @description Ids of the same place in other sources, matched at import ("geonames:2210247") */
                        sourceIds: string[];
                        /** @description Asked for by the id of a duplicate merged into this place: that id */
                        mergedFrom: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postGazetteerImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The file's name; its ending tells the format: .json (the project's gazetteer or GeoJSON), .geojson, .csv (OpenStreetMap places), .tsv/.txt (GeoNames) */
                    fileName: string;
                    /** @description The file's content (UTF-8) */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fileName: string;
                        /** @enum {string} */
                        format: "gazetteer-json" | "geonames-tsv" | "osm-csv" | "geojson";
                        /** @description Places new to the gazetteer */
                        added: number;
                        /** @description Places already held by id, left as they are */
                        existing: number;
                        /** @description Places held under another source's id (same name within a few km): not added; the held place gains their names and id */
                        matched: number;
                        /** @description Rows left out that are no mistake (no name in any script) */
                        skipped: {
                            /** @description 1-based; null for the file as a whole */
                            line: number | null;
                            /** @description The column or property at fault, when one is */
                            field?: string;
                            /**
                             * @description Stable: the interface explains it in its language
                             * @enum {string}
                             */
                            code: "file_format_unknown" | "json_invalid" | "list_missing" | "entry_not_object" | "entry_not_point" | "id_invalid" | "id_repeated" | "name_invalid" | "name_ar_too_long" | "lat_invalid" | "lon_invalid" | "kind_unknown" | "population_invalid" | "variants_invalid" | "name_missing";
                            /** @description What the code's sentence names (id, firstLine, kind …) */
                            params: {
                                [key: string]: string | number;
                            };
                            /** @description The same in English, for API clients and logs */
                            message: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportsGeojson: {
        parameters: {
            query?: {
                /** @description minLon,minLat,maxLon,maxLat in WGS84 degrees; the whole world when absent */
                bbox?: string;
                /** @description Events ending at or after this time */
                occurredFrom?: string;
                /** @description Events starting at or before this time */
                occurredTo?: string;
                category?: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                /** @description The map's zoom level: sets the cluster cell size (derived from bbox when absent) */
                zoom?: number;
                /** @description Return grid clusters instead of points above this many (default and most 2000) */
                maxPoints?: number;
                /** @description Within this many km of the nearest valid line of contact */
                nearLineKm?: number;
                /** @description Inside this zone (a geo layer id) */
                zone?: string;
                /** @description On this party's side of the line of contact */
                side?: string;
                /** @description In this district: its id or its English or Arabic name */
                district?: string;
                status?: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                sourceKind?: "party_complaint" | "monitor" | "public" | "media" | "sensor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A GeoJSON FeatureCollection (RFC 7946) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @enum {string} */
                        type: "FeatureCollection";
                        /** @description [minLon, minLat, maxLon, maxLat] */
                        bbox: number[];
                        features: ({
                            /** @enum {string} */
                            type: "Feature";
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            geometry: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [lon, lat] */
                                coordinates: number[];
                            };
                            properties: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                trackingId: string;
                                /** @enum {string} */
                                category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                                /** @enum {string} */
                                status: "received" | "in_incident" | "merged" | "out_of_scope" | "superseded";
                                /** @enum {string} */
                                sourceKind: "party_complaint" | "monitor" | "public" | "media" | "sensor";
                                /** @description A party code such as GNA or LNA */
                                submitterParty: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                                 */
                                occurredFrom: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                                 */
                                occurredTo: string;
                                wherePrecision: number;
                                /** @description reported or gazetteer */
                                locationSource: string;
                                /** @description Of the latest finding, when the caller may see it */
                                verificationLevel: string | null;
                            };
                        } | {
                            /** @enum {string} */
                            type: "Feature";
                            /** @description cell:<zoom>:<x>:<y> */
                            id: string;
                            /** @description The mean position of the records in the cell */
                            geometry: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [lon, lat] */
                                coordinates: number[];
                            };
                            /** @description Per breakdown of the dataset (category and status, or verification level), the count of each value */
                            properties: {
                                /** @enum {boolean} */
                                cluster: true;
                                count: number;
                                /** @description The cell's extent */
                                cell: number[];
                                category?: {
                                    [key: string]: number;
                                };
                                /** @description Reports: the count of each status */
                                status?: {
                                    [key: string]: number;
                                };
                                /** @description Incidents: the count of each verification level ("none" for no finding) */
                                verificationLevel?: {
                                    [key: string]: number;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        })[];
                        /** @description A foreign member (RFC 7946 §6.1): what the collection is */
                        meta: {
                            /** @description Grid clusters instead of points */
                            clustered: boolean;
                            /** @description How many records the view holds */
                            total: number;
                            /** @description Clusters: the zoom they were made for */
                            zoom?: number;
                            /** @description Clusters: the cell size */
                            cellDegrees?: number;
                        };
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIncidentsGeojson: {
        parameters: {
            query?: {
                /** @description minLon,minLat,maxLon,maxLat in WGS84 degrees; the whole world when absent */
                bbox?: string;
                /** @description Events ending at or after this time */
                occurredFrom?: string;
                /** @description Events starting at or before this time */
                occurredTo?: string;
                /** @description A taxonomy code (A3), or a family (A … F) */
                category?: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F" | "A" | "B" | "C" | "D" | "E";
                /** @description The map's zoom level: sets the cluster cell size (derived from bbox when absent) */
                zoom?: number;
                /** @description Return grid clusters instead of points above this many (default and most 2000) */
                maxPoints?: number;
                /** @description Within this many km of the nearest valid line of contact */
                nearLineKm?: number;
                /** @description Inside this zone (a geo layer id) */
                zone?: string;
                /** @description On this party's side of the line of contact */
                side?: string;
                /** @description In this district: its id or its English or Arabic name */
                district?: string;
                /** @description A case state, or a group of states: intake, verification, decision, released, closed */
                state?: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened" | "intake" | "verification" | "decision" | "released";
                /** @description Incidents concerning this party (its code) */
                party?: string;
                /** @description In any of these sectors of the mission (their codes, comma-separated, GET /mission/geography), other or unlocated, e.g. tripoli_front,sirte_jufra */
                sector?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A GeoJSON FeatureCollection (RFC 7946) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @enum {string} */
                        type: "FeatureCollection";
                        /** @description [minLon, minLat, maxLon, maxLat] */
                        bbox: number[];
                        features: ({
                            /** @enum {string} */
                            type: "Feature";
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            geometry: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [lon, lat] */
                                coordinates: number[];
                            };
                            properties: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                reference: string;
                                title: string;
                                titleGenerated: boolean;
                                /** @enum {string} */
                                category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                                /** @enum {string} */
                                state: "received" | "triaged" | "de_escalation" | "under_verification" | "assessed" | "in_review" | "right_of_reply" | "endorsed" | "published" | "restricted_release" | "follow_up" | "closed" | "reopened";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                                 */
                                occurredFrom: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                                 */
                                occurredTo: string;
                                /** @description Of the latest finding, when the caller may see it */
                                verificationLevel: string | null;
                            };
                        } | {
                            /** @enum {string} */
                            type: "Feature";
                            /** @description cell:<zoom>:<x>:<y> */
                            id: string;
                            /** @description The mean position of the records in the cell */
                            geometry: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [lon, lat] */
                                coordinates: number[];
                            };
                            /** @description Per breakdown of the dataset (category and status, or verification level), the count of each value */
                            properties: {
                                /** @enum {boolean} */
                                cluster: true;
                                count: number;
                                /** @description The cell's extent */
                                cell: number[];
                                category?: {
                                    [key: string]: number;
                                };
                                /** @description Reports: the count of each status */
                                status?: {
                                    [key: string]: number;
                                };
                                /** @description Incidents: the count of each verification level ("none" for no finding) */
                                verificationLevel?: {
                                    [key: string]: number;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        })[];
                        /** @description A foreign member (RFC 7946 §6.1): what the collection is */
                        meta: {
                            /** @description Grid clusters instead of points */
                            clustered: boolean;
                            /** @description How many records the view holds */
                            total: number;
                            /** @description Clusters: the zoom they were made for */
                            zoom?: number;
                            /** @description Clusters: the cell size */
                            cellDegrees?: number;
                        };
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMapReportsTimeExtent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description The earliest event end; null when there is none
                         */
                        firstEventAt: string | null;
                        /**
                         * Format: date-time
                         * @description The latest event start; null when there is none
                         */
                        latestEventAt: string | null;
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMapIncidentsTimeExtent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description The earliest event end; null when there is none
                         */
                        firstEventAt: string | null;
                        /**
                         * Format: date-time
                         * @description The latest event start; null when there is none
                         */
                        latestEventAt: string | null;
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportsIdCandidates: {
        parameters: {
            query?: {
                /** @description How many candidates (1–100) */
                limit?: number;
                /** @description Search radius in km around a located report (default 50) */
                maxKm?: number;
                /** @description How far apart in time the event windows may be, in hours (default 24) */
                maxGapHours?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The report compared */
                        report: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            trackingId: string;
                        };
                        items: {
                            /** @enum {string} */
                            kind: "report" | "incident";
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description A report's tracking id */
                            trackingId?: string;
                            /** @description An incident's reference */
                            reference?: string;
                            /** @enum {string} */
                            category: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                            /** @description A report's status */
                            status?: string;
                            /** @description An incident's workflow state */
                            state?: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            occurredFrom: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            occurredTo: string;
                            location: {
                                /** @description Latitude, WGS84 degrees */
                                lat: number;
                                /** @description Longitude, WGS84 degrees */
                                lon: number;
                            } | null;
                            /** @description A report's own place name */
                            placeNames: string[];
                            /** @description A party code such as GNA or LNA */
                            submitterParty: string | null;
                            /** @description A party code such as GNA or LNA */
                            allegedParty: string | null;
                            /** @description 0–1, higher is more likely the same event */
                            score: number;
                            reasons: {
                                /** @description Great-circle distance, when both are located */
                                distanceKm: number | null;
                                /** @description A place name both give (when one or both are not located) */
                                samePlaceName: string | null;
                                /** @description Minutes the two event windows share */
                                overlapMinutes: number;
                                /** @description Minutes between the windows when they do not overlap */
                                gapMinutes: number;
                                category: {
                                    /** @enum {string} */
                                    relation: "same" | "family";
                                    /** @enum {string} */
                                    a: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                                    /** @enum {string} */
                                    b: "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "D1" | "D2" | "D3" | "D4" | "E1" | "E2" | "E3" | "E4" | "F";
                                };
                                /** @description Each party complains about the other: one exchange, blamed both ways */
                                oppositeBlame: {
                                    /** @description A party code such as GNA or LNA */
                                    a: string;
                                    /** @description A party code such as GNA or LNA */
                                    b: string;
                                } | null;
                            };
                            /** @description The reasons in words */
                            sentence: {
                                en: string;
                                ar: string;
                            };
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIncidentsIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Position in the chain, from 1 */
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            at: string;
                            /** @description Who: "user:<username>", "public" or "system:<name>" */
                            actor: string;
                            /** @description What was done, e.g. "incident.transition" */
                            action: string;
                            /** @description The facts recorded with the entry (audit-repo writes an object, {} for none) */
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The entry's hash, to find it in the audit log */
                            hash: string;
                            /** @description For a task's entry: which task, and to whom it is assigned */
                            task?: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                reference: string;
                                /** @enum {string} */
                                kind: "site_visit" | "information_request";
                                assigneeName: string;
                            };
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getParties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description A party code such as GNA or LNA */
                            code: string;
                            nameEn: string;
                            nameAr: string;
                            /** @description For narrow places (list rows, the header); the code by default */
                            shortEn: string;
                            /** @description For narrow places; the full Arabic name by default */
                            shortAr: string;
                            /** @description The party's map colour, e.g. #1f77b4 */
                            colour: string;
                            /**
                             * @description Which of the party's texts prevails where the two languages differ
                             * @enum {string}
                             */
                            authoritativeLanguage: "en" | "ar";
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postParties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    nameEn: string;
                    nameAr: string;
                    /** @description For narrow places; the code when null */
                    shortEn?: string | null;
                    /** @description For narrow places; the full name when null */
                    shortAr?: string | null;
                    colour: string;
                    /**
                     * @description Which of the party's texts prevails where the two languages differ; English for a new party, unchanged on an edit, when not said
                     * @enum {string}
                     */
                    authoritativeLanguage?: "en" | "ar";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A party code such as GNA or LNA */
                        code: string;
                        nameEn: string;
                        nameAr: string;
                        /** @description For narrow places (list rows, the header); the code by default */
                        shortEn: string;
                        /** @description For narrow places; the full Arabic name by default */
                        shortAr: string;
                        /** @description The party's map colour, e.g. #1f77b4 */
                        colour: string;
                        /**
                         * @description Which of the party's texts prevails where the two languages differ
                         * @enum {string}
                         */
                        authoritativeLanguage: "en" | "ar";
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchPartiesCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameEn: string;
                    nameAr: string;
                    /** @description For narrow places; the code when null */
                    shortEn?: string | null;
                    /** @description For narrow places; the full name when null */
                    shortAr?: string | null;
                    colour: string;
                    /**
                     * @description Which of the party's texts prevails where the two languages differ; English for a new party, unchanged on an edit, when not said
                     * @enum {string}
                     */
                    authoritativeLanguage?: "en" | "ar";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A party code such as GNA or LNA */
                        code: string;
                        nameEn: string;
                        nameAr: string;
                        /** @description For narrow places (list rows, the header); the code by default */
                        shortEn: string;
                        /** @description For narrow places; the full Arabic name by default */
                        shortAr: string;
                        /** @description The party's map colour, e.g. #1f77b4 */
                        colour: string;
                        /**
                         * @description Which of the party's texts prevails where the two languages differ
                         * @enum {string}
                         */
                        authoritativeLanguage: "en" | "ar";
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDelegations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description A party code such as GNA or LNA */
                            party: string;
                            head: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                disabled: boolean;
                            } | null;
                            members: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                disabled: boolean;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            updatedAt: string | null;
                            /** @description The party's commission members and liaisons who could be added (administrators only) */
                            eligible: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                disabled: boolean;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putDelegationsCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Users of the party, commission or liaison role */
                    memberIds: string[];
                    /**
                     * Format: uuid
                     * @description The head of the delegation, one of the members
                     */
                    headUserId: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description A party code such as GNA or LNA */
                            party: string;
                            head: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                disabled: boolean;
                            } | null;
                            members: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                disabled: boolean;
                            }[];
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            updatedAt: string | null;
                            /** @description The party's commission members and liaisons who could be added (administrators only) */
                            eligible: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                disabled: boolean;
                            }[];
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The mission's code, e.g. "hodeidah-2019" */
                        code: string;
                        name: {
                            en: string;
                            ar: string;
                        };
                        /** @description Working languages; the first is the default interface language */
                        languages: ("ar" | "en")[];
                        /**
                         * @description Whose text is authoritative when both exist
                         * @enum {string}
                         */
                        authoritativeLanguage: "ar" | "en";
                        /** @description IANA time zone: mission days are calendar days there */
                        timeZone: string;
                        /** @description How long a party has to reply to a draft finding */
                        replyWindowHours: number;
                        /** @description Rules of releasing findings; keys beyond these are kept as written */
                        releaseRules: {
                            /** @description The parties see a finding before the public */
                            partiesFirst?: boolean;
                            /** @description Hours between the parties' release and the public one */
                            publicDelayHours?: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description The parties' joint body */
                        jointBody: {
                            code: string;
                            name: {
                                en: string;
                                ar: string;
                            };
                        };
                        /** @description The mission area's box: [west, south, east, north], WGS84 degrees */
                        bbox: number[];
                    };
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMissionGeography: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The mission area (admin-0) */
                        outline: {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                /** @description GeoJSON Polygon or MultiPolygon, [lon, lat] */
                                geometry: {
                                    /** @enum {string} */
                                    type: "Polygon" | "MultiPolygon";
                                    coordinates: unknown[];
                                };
                                /** @description code, name_en, name_ar (districts and sectors) */
                                properties: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                        };
                        /** @description First-level administrative districts */
                        districts: {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                /** @description GeoJSON Polygon or MultiPolygon, [lon, lat] */
                                geometry: {
                                    /** @enum {string} */
                                    type: "Polygon" | "MultiPolygon";
                                    coordinates: unknown[];
                                };
                                /** @description code, name_en, name_ar (districts and sectors) */
                                properties: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                        };
                        /** @description The sectors the mission reports on (dashboard, list filter) */
                        sectors: {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                /** @description GeoJSON Polygon or MultiPolygon, [lon, lat] */
                                geometry: {
                                    /** @enum {string} */
                                    type: "Polygon" | "MultiPolygon";
                                    coordinates: unknown[];
                                };
                                /** @description code, name_en, name_ar (districts and sectors) */
                                properties: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                        };
                        /** @description The credits of the mission's geographic data and gazetteer, from its profile (the map shows them) */
                        attribution: {
                            en: string;
                            ar: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchMissionSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Working languages; the first is the default interface language */
                    languages?: ("ar" | "en")[];
                    /** @description IANA time zone, e.g. "Asia/Aden" */
                    timeZone?: string;
                    /** @description How long a party has to reply to a draft finding, in hours */
                    replyWindowHours?: number;
                    /** @description Rules of releasing findings; keys beyond these are kept as written */
                    releaseRules?: {
                        /** @description The parties see a finding before the public */
                        partiesFirst?: boolean;
                        /** @description Hours between the parties' release and the public one */
                        publicDelayHours?: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The mission's code, e.g. "hodeidah-2019" */
                        code: string;
                        name: {
                            en: string;
                            ar: string;
                        };
                        /** @description Working languages; the first is the default interface language */
                        languages: ("ar" | "en")[];
                        /**
                         * @description Whose text is authoritative when both exist
                         * @enum {string}
                         */
                        authoritativeLanguage: "ar" | "en";
                        /** @description IANA time zone: mission days are calendar days there */
                        timeZone: string;
                        /** @description How long a party has to reply to a draft finding */
                        replyWindowHours: number;
                        /** @description Rules of releasing findings; keys beyond these are kept as written */
                        releaseRules: {
                            /** @description The parties see a finding before the public */
                            partiesFirst?: boolean;
                            /** @description Hours between the parties' release and the public one */
                            publicDelayHours?: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description The parties' joint body */
                        jointBody: {
                            code: string;
                            name: {
                                en: string;
                                ar: string;
                            };
                        };
                        /** @description The mission area's box: [west, south, east, north], WGS84 degrees */
                        bbox: number[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSearch: {
        parameters: {
            query: {
                /** @description Words to find, in Arabic or English; every word must occur (a place name also finds its other names), or a tracking id or reference */
                q: string;
                /** @description Most results of each type (1–100) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The query as sent */
                        query: string;
                        /** @description The query as it was matched, after normalisation */
                        normalized: string;
                        /** @description A type had more matches than the limit */
                        truncated: boolean;
                        /** @description The record the query names when it is exactly one tracking id or reference */
                        exact: {
                            /** @enum {string} */
                            type: "report" | "incident";
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            label: string;
                        } | null;
                        items: {
                            /** @enum {string} */
                            type: "report" | "incident";
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description Tracking id of a report, reference of an incident */
                            label: string;
                            /** @description An incident's title; empty for a report */
                            title: string;
                            titleGenerated: boolean;
                            /** @description Taxonomy code A1 … F */
                            category: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            occurredFrom: string;
                            /** @enum {string} */
                            matchedField: "label" | "description" | "placeName" | "title" | "publicNarrative" | "publicNarrativeAr";
                            /** @description Words around the first match in the matched field */
                            snippet: string;
                            /** @description Language of the snippet when known */
                            language: string | null;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatsDashboard: {
        parameters: {
            query?: {
                /** @description Reference instant: 'today' is its day in the mission's time zone (default: now) */
                at?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: {
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            at: string;
                            /** @description The mission day of `at` (YYYY-MM-DD) */
                            day: string;
                            /** @description The mission's time zone (a mission setting), e.g. Asia/Aden */
                            timeZone: string;
                        };
                        /** @description False for a role that reads incidents but not reports (report counts are then 0) */
                        includesReports: boolean;
                        /**
                         * Format: date-time
                         * @description The latest event the caller may see
                         */
                        latestEventAt: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        entryIntoForce: string | null;
                        windows: {
                            today: {
                                /** @description First mission day of the window (YYYY-MM-DD) */
                                from: string;
                                /** @description Last mission day of the window, inclusive */
                                to: string;
                                totals: {
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                };
                                byCategory: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                                bySide: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                                bySector: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                                byVerificationLevel: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                            };
                            last7: {
                                /** @description First mission day of the window (YYYY-MM-DD) */
                                from: string;
                                /** @description Last mission day of the window, inclusive */
                                to: string;
                                totals: {
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                };
                                byCategory: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                                bySide: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                                bySector: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                                byVerificationLevel: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                            };
                            last30: {
                                /** @description First mission day of the window (YYYY-MM-DD) */
                                from: string;
                                /** @description Last mission day of the window, inclusive */
                                to: string;
                                totals: {
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                };
                                byCategory: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                                bySide: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                                bySector: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                                byVerificationLevel: {
                                    key: string;
                                    reports: number;
                                    incidents: number;
                                    /** @description Incidents whose visible finding is a violation (attributed or not) */
                                    violations: number;
                                }[];
                            };
                        };
                        trend: {
                            day: string;
                            reports: number;
                            incidents: number;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMonitors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            username: string;
                            displayName: string;
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIncidentsIdTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description The task's reference, e.g. TSK-2020-0001 */
                            reference: string;
                            /** @enum {string} */
                            kind: "site_visit" | "information_request";
                            instructions: string;
                            /**
                             * @description Language of the instructions
                             * @enum {string}
                             */
                            language: "ar" | "en";
                            placeName: string | null;
                            location: {
                                /** @description Latitude, WGS84 degrees */
                                lat: number;
                                /** @description Longitude, WGS84 degrees */
                                lon: number;
                            } | null;
                            /** @enum {string} */
                            priority: "routine" | "priority" | "urgent";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            dueAt: string;
                            /** @enum {string} */
                            status: "open" | "accepted" | "done" | "declined" | "cancelled";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            statusChangedAt: string;
                            /** @description Why it was declined or cancelled */
                            statusReason: string | null;
                            /** @description The result of a done task */
                            outcome: string | null;
                            /**
                             * Format: uuid
                             * @description The report the monitor filed as its result
                             */
                            resultReportId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /** @description The monitor */
                            assignee: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                displayName: string;
                            };
                            createdBy: {
                                displayName: string;
                                /**
                                 * Format: uuid
                                 * @description Tasking roles only
                                 */
                                id?: string;
                            };
                            /** @description Its reference always; id and title only when the reader may read the incident */
                            incident: {
                                reference: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string | null;
                                title: string | null;
                            };
                            /** @description What this reader may do with the task now: exactly what the server would accept */
                            allowedActions: ("accept" | "decline" | "complete" | "cancel")[];
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postIncidentsIdTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes once per report; a retry with the same key returns the same report */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description site_visit: go and look at a place; information_request: find something out
                     * @enum {string}
                     */
                    kind: "site_visit" | "information_request";
                    /**
                     * Format: uuid
                     * @description The monitor asked to do it (GET /monitors lists them)
                     */
                    assigneeId: string;
                    /** @description What to check or find out, in Arabic or English */
                    instructions: string;
                    /**
                     * @description Language of the instructions
                     * @enum {string}
                     */
                    language: "ar" | "en";
                    /** @description Where to go, by name */
                    placeName?: string;
                    /** @description Where to go, as a point (a site visit needs this or placeName) */
                    location?: {
                        /** @description Latitude, WGS84 degrees */
                        lat: number;
                        /** @description Longitude, WGS84 degrees */
                        lon: number;
                    };
                    /**
                     * @description How urgent the task is
                     * @default routine
                     * @enum {string}
                     */
                    priority?: "routine" | "priority" | "urgent";
                    /**
                     * Format: date-time
                     * @description When the result is due
                     */
                    dueAt: string;
                };
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the same task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The task's reference, e.g. TSK-2020-0001 */
                        reference: string;
                        /** @enum {string} */
                        kind: "site_visit" | "information_request";
                        instructions: string;
                        /**
                         * @description Language of the instructions
                         * @enum {string}
                         */
                        language: "ar" | "en";
                        placeName: string | null;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @enum {string} */
                        priority: "routine" | "priority" | "urgent";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        dueAt: string;
                        /** @enum {string} */
                        status: "open" | "accepted" | "done" | "declined" | "cancelled";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        /** @description Why it was declined or cancelled */
                        statusReason: string | null;
                        /** @description The result of a done task */
                        outcome: string | null;
                        /**
                         * Format: uuid
                         * @description The report the monitor filed as its result
                         */
                        resultReportId: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /** @description The monitor */
                        assignee: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            displayName: string;
                        };
                        createdBy: {
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description Tasking roles only
                             */
                            id?: string;
                        };
                        /** @description Its reference always; id and title only when the reader may read the incident */
                        incident: {
                            reference: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string | null;
                            title: string | null;
                        };
                        /** @description What this reader may do with the task now: exactly what the server would accept */
                        allowedActions: ("accept" | "decline" | "complete" | "cancel")[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The task's reference, e.g. TSK-2020-0001 */
                        reference: string;
                        /** @enum {string} */
                        kind: "site_visit" | "information_request";
                        instructions: string;
                        /**
                         * @description Language of the instructions
                         * @enum {string}
                         */
                        language: "ar" | "en";
                        placeName: string | null;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @enum {string} */
                        priority: "routine" | "priority" | "urgent";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        dueAt: string;
                        /** @enum {string} */
                        status: "open" | "accepted" | "done" | "declined" | "cancelled";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        /** @description Why it was declined or cancelled */
                        statusReason: string | null;
                        /** @description The result of a done task */
                        outcome: string | null;
                        /**
                         * Format: uuid
                         * @description The report the monitor filed as its result
                         */
                        resultReportId: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /** @description The monitor */
                        assignee: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            displayName: string;
                        };
                        createdBy: {
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description Tasking roles only
                             */
                            id?: string;
                        };
                        /** @description Its reference always; id and title only when the reader may read the incident */
                        incident: {
                            reference: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string | null;
                            title: string | null;
                        };
                        /** @description What this reader may do with the task now: exactly what the server would accept */
                        allowedActions: ("accept" | "decline" | "complete" | "cancel")[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeTasks: {
        parameters: {
            query?: {
                /** @description Only tasks in these statuses, comma-separated (e.g. open,accepted) */
                status?: string;
                /** @description At most this many (1–200) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description The task's reference, e.g. TSK-2020-0001 */
                            reference: string;
                            /** @enum {string} */
                            kind: "site_visit" | "information_request";
                            instructions: string;
                            /**
                             * @description Language of the instructions
                             * @enum {string}
                             */
                            language: "ar" | "en";
                            placeName: string | null;
                            location: {
                                /** @description Latitude, WGS84 degrees */
                                lat: number;
                                /** @description Longitude, WGS84 degrees */
                                lon: number;
                            } | null;
                            /** @enum {string} */
                            priority: "routine" | "priority" | "urgent";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            dueAt: string;
                            /** @enum {string} */
                            status: "open" | "accepted" | "done" | "declined" | "cancelled";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            statusChangedAt: string;
                            /** @description Why it was declined or cancelled */
                            statusReason: string | null;
                            /** @description The result of a done task */
                            outcome: string | null;
                            /**
                             * Format: uuid
                             * @description The report the monitor filed as its result
                             */
                            resultReportId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /** @description The monitor */
                            assignee: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                displayName: string;
                            };
                            createdBy: {
                                displayName: string;
                                /**
                                 * Format: uuid
                                 * @description Tasking roles only
                                 */
                                id?: string;
                            };
                            /** @description Its reference always; id and title only when the reader may read the incident */
                            incident: {
                                reference: string;
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string | null;
                                title: string | null;
                            };
                            /** @description What this reader may do with the task now: exactly what the server would accept */
                            allowedActions: ("accept" | "decline" | "complete" | "cancel")[];
                        }[];
                        /** @description The caller's tasks per status */
                        counts: {
                            open: number;
                            accepted: number;
                            done: number;
                            declined: number;
                            cancelled: number;
                        };
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The task's reference, e.g. TSK-2020-0001 */
                        reference: string;
                        /** @enum {string} */
                        kind: "site_visit" | "information_request";
                        instructions: string;
                        /**
                         * @description Language of the instructions
                         * @enum {string}
                         */
                        language: "ar" | "en";
                        placeName: string | null;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @enum {string} */
                        priority: "routine" | "priority" | "urgent";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        dueAt: string;
                        /** @enum {string} */
                        status: "open" | "accepted" | "done" | "declined" | "cancelled";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        /** @description Why it was declined or cancelled */
                        statusReason: string | null;
                        /** @description The result of a done task */
                        outcome: string | null;
                        /**
                         * Format: uuid
                         * @description The report the monitor filed as its result
                         */
                        resultReportId: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /** @description The monitor */
                        assignee: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            displayName: string;
                        };
                        createdBy: {
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description Tasking roles only
                             */
                            id?: string;
                        };
                        /** @description Its reference always; id and title only when the reader may read the incident */
                        incident: {
                            reference: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string | null;
                            title: string | null;
                        };
                        /** @description What this reader may do with the task now: exactly what the server would accept */
                        allowedActions: ("accept" | "decline" | "complete" | "cancel")[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The task's reference, e.g. TSK-2020-0001 */
                        reference: string;
                        /** @enum {string} */
                        kind: "site_visit" | "information_request";
                        instructions: string;
                        /**
                         * @description Language of the instructions
                         * @enum {string}
                         */
                        language: "ar" | "en";
                        placeName: string | null;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @enum {string} */
                        priority: "routine" | "priority" | "urgent";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        dueAt: string;
                        /** @enum {string} */
                        status: "open" | "accepted" | "done" | "declined" | "cancelled";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        /** @description Why it was declined or cancelled */
                        statusReason: string | null;
                        /** @description The result of a done task */
                        outcome: string | null;
                        /**
                         * Format: uuid
                         * @description The report the monitor filed as its result
                         */
                        resultReportId: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /** @description The monitor */
                        assignee: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            displayName: string;
                        };
                        createdBy: {
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description Tasking roles only
                             */
                            id?: string;
                        };
                        /** @description Its reference always; id and title only when the reader may read the incident */
                        incident: {
                            reference: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string | null;
                            title: string | null;
                        };
                        /** @description What this reader may do with the task now: exactly what the server would accept */
                        allowedActions: ("accept" | "decline" | "complete" | "cancel")[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the monitor cannot do it */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The task's reference, e.g. TSK-2020-0001 */
                        reference: string;
                        /** @enum {string} */
                        kind: "site_visit" | "information_request";
                        instructions: string;
                        /**
                         * @description Language of the instructions
                         * @enum {string}
                         */
                        language: "ar" | "en";
                        placeName: string | null;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @enum {string} */
                        priority: "routine" | "priority" | "urgent";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        dueAt: string;
                        /** @enum {string} */
                        status: "open" | "accepted" | "done" | "declined" | "cancelled";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        /** @description Why it was declined or cancelled */
                        statusReason: string | null;
                        /** @description The result of a done task */
                        outcome: string | null;
                        /**
                         * Format: uuid
                         * @description The report the monitor filed as its result
                         */
                        resultReportId: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /** @description The monitor */
                        assignee: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            displayName: string;
                        };
                        createdBy: {
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description Tasking roles only
                             */
                            id?: string;
                        };
                        /** @description Its reference always; id and title only when the reader may read the incident */
                        incident: {
                            reference: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string | null;
                            title: string | null;
                        };
                        /** @description What this reader may do with the task now: exactly what the server would accept */
                        allowedActions: ("accept" | "decline" | "complete" | "cancel")[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksIdComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A short note of what was found or done */
                    outcome: string;
                    /**
                     * Format: uuid
                     * @description The report the monitor filed from the visit
                     */
                    reportId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The task's reference, e.g. TSK-2020-0001 */
                        reference: string;
                        /** @enum {string} */
                        kind: "site_visit" | "information_request";
                        instructions: string;
                        /**
                         * @description Language of the instructions
                         * @enum {string}
                         */
                        language: "ar" | "en";
                        placeName: string | null;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @enum {string} */
                        priority: "routine" | "priority" | "urgent";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        dueAt: string;
                        /** @enum {string} */
                        status: "open" | "accepted" | "done" | "declined" | "cancelled";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        /** @description Why it was declined or cancelled */
                        statusReason: string | null;
                        /** @description The result of a done task */
                        outcome: string | null;
                        /**
                         * Format: uuid
                         * @description The report the monitor filed as its result
                         */
                        resultReportId: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /** @description The monitor */
                        assignee: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            displayName: string;
                        };
                        createdBy: {
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description Tasking roles only
                             */
                            id?: string;
                        };
                        /** @description Its reference always; id and title only when the reader may read the incident */
                        incident: {
                            reference: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string | null;
                            title: string | null;
                        };
                        /** @description What this reader may do with the task now: exactly what the server would accept */
                        allowedActions: ("accept" | "decline" | "complete" | "cancel")[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the task is no longer needed */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description The task's reference, e.g. TSK-2020-0001 */
                        reference: string;
                        /** @enum {string} */
                        kind: "site_visit" | "information_request";
                        instructions: string;
                        /**
                         * @description Language of the instructions
                         * @enum {string}
                         */
                        language: "ar" | "en";
                        placeName: string | null;
                        location: {
                            /** @description Latitude, WGS84 degrees */
                            lat: number;
                            /** @description Longitude, WGS84 degrees */
                            lon: number;
                        } | null;
                        /** @enum {string} */
                        priority: "routine" | "priority" | "urgent";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        dueAt: string;
                        /** @enum {string} */
                        status: "open" | "accepted" | "done" | "declined" | "cancelled";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        /** @description Why it was declined or cancelled */
                        statusReason: string | null;
                        /** @description The result of a done task */
                        outcome: string | null;
                        /**
                         * Format: uuid
                         * @description The report the monitor filed as its result
                         */
                        resultReportId: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /** @description The monitor */
                        assignee: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            displayName: string;
                        };
                        createdBy: {
                            displayName: string;
                            /**
                             * Format: uuid
                             * @description Tasking roles only
                             */
                            id?: string;
                        };
                        /** @description Its reference always; id and title only when the reader may read the incident */
                        incident: {
                            reference: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string | null;
                            title: string | null;
                        };
                        /** @description What this reader may do with the task now: exactly what the server would accept */
                        allowedActions: ("accept" | "decline" | "complete" | "cancel")[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCommitments: {
        parameters: {
            query?: {
                /** @description Only those obliging this party */
                party?: string;
                /** @description Only those of this provision code */
                clause?: string;
                /** @description Only these statuses, comma-separated */
                status?: string;
                type?: "withdrawal" | "departure_foreign_forces" | "exchange_detainees" | "exchange_remains" | "reopen_route" | "reopen_flights" | "demining" | "hotline" | "local_ceasefire_window" | "media_conduct" | "institutional" | "disarmament";
                /** @description At most this many */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description e.g. CMT-00012 */
                            reference: string;
                            /** @description The clause it implements */
                            provisionCode: string;
                            /** @enum {string} */
                            type: "withdrawal" | "departure_foreign_forces" | "exchange_detainees" | "exchange_remains" | "reopen_route" | "reopen_flights" | "demining" | "hotline" | "local_ceasefire_window" | "media_conduct" | "institutional" | "disarmament";
                            title: {
                                en: string;
                                ar: string;
                            };
                            description: {
                                en: string;
                                ar: string;
                            };
                            obligatedParties: string[];
                            beneficiaries: string;
                            target: {
                                quantity: number | null;
                                unit: string | null;
                                /** @description GeoJSON line or polygon, or null */
                                geometry: unknown;
                            } | null;
                            /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                            deadline: {
                                date?: string;
                                anchor?: string;
                                offsetDays?: number;
                            } | null;
                            /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                            startBy: {
                                date?: string;
                                anchor?: string;
                                offsetDays?: number;
                            } | null;
                            completeWithinDays: number | null;
                            phases: {
                                key: string;
                                title: {
                                    en: string;
                                    ar: string;
                                };
                                /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                                deadline: {
                                    date?: string;
                                    anchor?: string;
                                    offsetDays?: number;
                                };
                                /** @enum {string} */
                                status: "pending" | "met";
                            }[];
                            /** @description Ids of the commitments it waits for that you may read */
                            dependsOn: string[];
                            responsibleBody: string;
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            statusChangedAt: string;
                            statusReason: string | null;
                            /** @description The day work started (mission time zone) */
                            startedOn: string | null;
                            /**
                             * Format: date-time
                             * @description The earliest deadline still to be met
                             */
                            dueAt: string | null;
                            /**
                             * Format: date-time
                             * @description When the whole commitment is due
                             */
                            deadlineAt: string | null;
                            /** @description Whose deadline dueAt is: start, a phase, or null */
                            duePhase: string | null;
                            /** @description A party disputes the mission's account since the last status */
                            disputed: boolean;
                            public: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCommitments: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes once per report; a retry with the same key returns the same report */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The clause it implements, e.g. LBY-CFA-2020/2 */
                    provisionCode: string;
                    /**
                     * @description The kind of measure (domain.md §9)
                     * @enum {string}
                     */
                    type: "withdrawal" | "departure_foreign_forces" | "exchange_detainees" | "exchange_remains" | "reopen_route" | "reopen_flights" | "demining" | "hotline" | "local_ceasefire_window" | "media_conduct" | "institutional" | "disarmament";
                    /**
                     * @description Title in English (this or titleAr)
                     * @default
                     */
                    titleEn?: string;
                    /**
                     * @description Title in Arabic (this or titleEn)
                     * @default
                     */
                    titleAr?: string;
                    /** @default  */
                    descriptionEn?: string;
                    /** @default  */
                    descriptionAr?: string;
                    /** @description The parties it obliges */
                    obligatedParties: string[];
                    /**
                     * @description Who benefits, e.g. all detainees of the conflict
                     * @default
                     */
                    beneficiaries?: string;
                    /** @description A quantity with its unit, or a geometry; or null */
                    target?: {
                        /** @description How many, e.g. 300 */
                        quantity?: number;
                        /** @description Of what, e.g. detainees */
                        unit?: string;
                        /** @description A GeoJSON LineString/MultiLineString (a road segment) or Polygon (an area) */
                        geometry?: unknown;
                    } | null;
                    /** @description The day by which it must be complete */
                    deadline?: {
                        /** @description A calendar day, YYYY-MM-DD (it ends at midnight in the mission's time zone) */
                        date?: string;
                        /** @description An anchor event's code, e.g. D (the signature) */
                        anchor?: string;
                        /** @description Days after the anchor (D+90: 90) */
                        offsetDays?: number;
                    } | null;
                    /** @description The day by which work must start */
                    startBy?: {
                        /** @description A calendar day, YYYY-MM-DD (it ends at midnight in the mission's time zone) */
                        date?: string;
                        /** @description An anchor event's code, e.g. D (the signature) */
                        anchor?: string;
                        /** @description Days after the anchor (D+90: 90) */
                        offsetDays?: number;
                    } | null;
                    /**
                     * @description Complete within this many days of the start (needs startBy)
                     * @default null
                     */
                    completeWithinDays?: number | null;
                    /** @description A timetable's phases, in order, each with its own deadline */
                    phases?: {
                        key: string;
                        /** @default  */
                        titleEn?: string;
                        /** @default  */
                        titleAr?: string;
                        /** @description A date ({date}), or a number of days after a named anchor event ({anchor, offsetDays}) */
                        deadline: {
                            /** @description A calendar day, YYYY-MM-DD (it ends at midnight in the mission's time zone) */
                            date?: string;
                            /** @description An anchor event's code, e.g. D (the signature) */
                            anchor?: string;
                            /** @description Days after the anchor (D+90: 90) */
                            offsetDays?: number;
                        };
                    }[];
                    /**
                     * @description Commitments it waits for
                     * @default []
                     */
                    dependsOn?: string[];
                    /**
                     * @description E.g. a commission sub-committee
                     * @default
                     */
                    responsibleBody?: string;
                    /**
                     * @description Shown on the public scoreboard
                     * @default false
                     */
                    public?: boolean;
                    /**
                     * @description What created it (e.g. a joint-commission action item)
                     * @default null
                     */
                    source?: {
                        kind: string;
                        id: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description A retry with the same Idempotency-Key: the same commitment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description e.g. CMT-00012 */
                        reference: string;
                        /** @description The clause it implements */
                        provisionCode: string;
                        /** @enum {string} */
                        type: "withdrawal" | "departure_foreign_forces" | "exchange_detainees" | "exchange_remains" | "reopen_route" | "reopen_flights" | "demining" | "hotline" | "local_ceasefire_window" | "media_conduct" | "institutional" | "disarmament";
                        title: {
                            en: string;
                            ar: string;
                        };
                        description: {
                            en: string;
                            ar: string;
                        };
                        obligatedParties: string[];
                        beneficiaries: string;
                        target: {
                            quantity: number | null;
                            unit: string | null;
                            /** @description GeoJSON line or polygon, or null */
                            geometry: unknown;
                        } | null;
                        /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                        deadline: {
                            date?: string;
                            anchor?: string;
                            offsetDays?: number;
                        } | null;
                        /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                        startBy: {
                            date?: string;
                            anchor?: string;
                            offsetDays?: number;
                        } | null;
                        completeWithinDays: number | null;
                        phases: {
                            key: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                            deadline: {
                                date?: string;
                                anchor?: string;
                                offsetDays?: number;
                            };
                            /** @enum {string} */
                            status: "pending" | "met";
                        }[];
                        /** @description Ids of the commitments it waits for that you may read */
                        dependsOn: string[];
                        responsibleBody: string;
                        /** @enum {string} */
                        status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        statusReason: string | null;
                        /** @description The day work started (mission time zone) */
                        startedOn: string | null;
                        /**
                         * Format: date-time
                         * @description The earliest deadline still to be met
                         */
                        dueAt: string | null;
                        /**
                         * Format: date-time
                         * @description When the whole commitment is due
                         */
                        deadlineAt: string | null;
                        /** @description Whose deadline dueAt is: start, a phase, or null */
                        duePhase: string | null;
                        /** @description A party disputes the mission's account since the last status */
                        disputed: boolean;
                        public: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description e.g. CMT-00012 */
                        reference: string;
                        /** @description The clause it implements */
                        provisionCode: string;
                        /** @enum {string} */
                        type: "withdrawal" | "departure_foreign_forces" | "exchange_detainees" | "exchange_remains" | "reopen_route" | "reopen_flights" | "demining" | "hotline" | "local_ceasefire_window" | "media_conduct" | "institutional" | "disarmament";
                        title: {
                            en: string;
                            ar: string;
                        };
                        description: {
                            en: string;
                            ar: string;
                        };
                        obligatedParties: string[];
                        beneficiaries: string;
                        target: {
                            quantity: number | null;
                            unit: string | null;
                            /** @description GeoJSON line or polygon, or null */
                            geometry: unknown;
                        } | null;
                        /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                        deadline: {
                            date?: string;
                            anchor?: string;
                            offsetDays?: number;
                        } | null;
                        /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                        startBy: {
                            date?: string;
                            anchor?: string;
                            offsetDays?: number;
                        } | null;
                        completeWithinDays: number | null;
                        phases: {
                            key: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                            deadline: {
                                date?: string;
                                anchor?: string;
                                offsetDays?: number;
                            };
                            /** @enum {string} */
                            status: "pending" | "met";
                        }[];
                        /** @description Ids of the commitments it waits for that you may read */
                        dependsOn: string[];
                        responsibleBody: string;
                        /** @enum {string} */
                        status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        statusReason: string | null;
                        /** @description The day work started (mission time zone) */
                        startedOn: string | null;
                        /**
                         * Format: date-time
                         * @description The earliest deadline still to be met
                         */
                        dueAt: string | null;
                        /**
                         * Format: date-time
                         * @description When the whole commitment is due
                         */
                        deadlineAt: string | null;
                        /** @description Whose deadline dueAt is: start, a phase, or null */
                        duePhase: string | null;
                        /** @description A party disputes the mission's account since the last status */
                        disputed: boolean;
                        public: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCommitmentsScoreboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        all: {
                            /** @description The party code or the clause code */
                            key: string;
                            total: number;
                            /** @description Whose deadline has come */
                            due: number;
                            met: number;
                            /** @description Overdue now */
                            late: number;
                            disputed: number;
                        };
                        byParty: {
                            /** @description The party code or the clause code */
                            key: string;
                            total: number;
                            /** @description Whose deadline has come */
                            due: number;
                            met: number;
                            /** @description Overdue now */
                            late: number;
                            disputed: number;
                        }[];
                        byClause: {
                            /** @description The party code or the clause code */
                            key: string;
                            total: number;
                            /** @description Whose deadline has come */
                            due: number;
                            met: number;
                            /** @description Overdue now */
                            late: number;
                            disputed: number;
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicCommitmentsScoreboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        all: {
                            /** @description The party code or the clause code */
                            key: string;
                            total: number;
                            /** @description Whose deadline has come */
                            due: number;
                            met: number;
                            /** @description Overdue now */
                            late: number;
                            disputed: number;
                        };
                        byParty: {
                            /** @description The party code or the clause code */
                            key: string;
                            total: number;
                            /** @description Whose deadline has come */
                            due: number;
                            met: number;
                            /** @description Overdue now */
                            late: number;
                            disputed: number;
                        }[];
                        byClause: {
                            /** @description The party code or the clause code */
                            key: string;
                            total: number;
                            /** @description Whose deadline has come */
                            due: number;
                            met: number;
                            /** @description Overdue now */
                            late: number;
                            disputed: number;
                        }[];
                    };
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCommitmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description e.g. CMT-00012 */
                        reference: string;
                        /** @description The clause it implements */
                        provisionCode: string;
                        /** @enum {string} */
                        type: "withdrawal" | "departure_foreign_forces" | "exchange_detainees" | "exchange_remains" | "reopen_route" | "reopen_flights" | "demining" | "hotline" | "local_ceasefire_window" | "media_conduct" | "institutional" | "disarmament";
                        title: {
                            en: string;
                            ar: string;
                        };
                        description: {
                            en: string;
                            ar: string;
                        };
                        obligatedParties: string[];
                        beneficiaries: string;
                        target: {
                            quantity: number | null;
                            unit: string | null;
                            /** @description GeoJSON line or polygon, or null */
                            geometry: unknown;
                        } | null;
                        /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                        deadline: {
                            date?: string;
                            anchor?: string;
                            offsetDays?: number;
                        } | null;
                        /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                        startBy: {
                            date?: string;
                            anchor?: string;
                            offsetDays?: number;
                        } | null;
                        completeWithinDays: number | null;
                        phases: {
                            key: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                            deadline: {
                                date?: string;
                                anchor?: string;
                                offsetDays?: number;
                            };
                            /** @enum {string} */
                            status: "pending" | "met";
                        }[];
                        /** @description Ids of the commitments it waits for that you may read */
                        dependsOn: string[];
                        responsibleBody: string;
                        /** @enum {string} */
                        status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        statusReason: string | null;
                        /** @description The day work started (mission time zone) */
                        startedOn: string | null;
                        /**
                         * Format: date-time
                         * @description The earliest deadline still to be met
                         */
                        dueAt: string | null;
                        /**
                         * Format: date-time
                         * @description When the whole commitment is due
                         */
                        deadlineAt: string | null;
                        /** @description Whose deadline dueAt is: start, a phase, or null */
                        duePhase: string | null;
                        /** @description A party disputes the mission's account since the last status */
                        disputed: boolean;
                        public: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                        /** @description You read its obligations in full (your party's, or the mission's) */
                        full: boolean;
                        deadlines: {
                            /** @description null: completion; start; or a phase key */
                            of: string | null;
                            /** @description As written: D+90, or the date */
                            label: string;
                            day: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            dueAt: string | null;
                            met: boolean;
                        }[];
                        waitsFor: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description e.g. CMT-00012 */
                            reference: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            deadlineAt: string | null;
                        }[];
                        waitedForBy: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description e.g. CMT-00012 */
                            reference: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            deadlineAt: string | null;
                        }[];
                        observations: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            observedAt: string;
                            note: {
                                en: string;
                                ar: string;
                            };
                            /** @enum {string|null} */
                            showsStatus: "in_progress" | "partially_met" | "met" | "reversed" | null;
                            quantity: number | null;
                            phaseKey: string | null;
                            verificationLevel: string;
                            disputes: boolean;
                            /** @description The party of a party member who recorded it */
                            recordedParty: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            recordedAt: string;
                            /** @description The mission's readers only */
                            source?: string;
                            /** @description The mission's readers only */
                            evidenceIds?: string[];
                        }[];
                        breaches: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            incidentId: string;
                            reference: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            openedAt: string;
                        }[];
                        /** @description The statuses you may move it to now: exactly what the server would accept */
                        allowedStatuses: ("not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended")[];
                        /** @description You may record a progress observation */
                        mayObserve: boolean;
                        /** @description What created it; the mission's readers only */
                        source?: {
                            kind: string;
                            id: string;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCommitmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The clause it implements, e.g. LBY-CFA-2020/2 */
                    provisionCode: string;
                    /**
                     * @description The kind of measure (domain.md §9)
                     * @enum {string}
                     */
                    type: "withdrawal" | "departure_foreign_forces" | "exchange_detainees" | "exchange_remains" | "reopen_route" | "reopen_flights" | "demining" | "hotline" | "local_ceasefire_window" | "media_conduct" | "institutional" | "disarmament";
                    /**
                     * @description Title in English (this or titleAr)
                     * @default
                     */
                    titleEn?: string;
                    /**
                     * @description Title in Arabic (this or titleEn)
                     * @default
                     */
                    titleAr?: string;
                    /** @default  */
                    descriptionEn?: string;
                    /** @default  */
                    descriptionAr?: string;
                    /** @description The parties it obliges */
                    obligatedParties: string[];
                    /**
                     * @description Who benefits, e.g. all detainees of the conflict
                     * @default
                     */
                    beneficiaries?: string;
                    /** @description A quantity with its unit, or a geometry; or null */
                    target?: {
                        /** @description How many, e.g. 300 */
                        quantity?: number;
                        /** @description Of what, e.g. detainees */
                        unit?: string;
                        /** @description A GeoJSON LineString/MultiLineString (a road segment) or Polygon (an area) */
                        geometry?: unknown;
                    } | null;
                    /** @description The day by which it must be complete */
                    deadline?: {
                        /** @description A calendar day, YYYY-MM-DD (it ends at midnight in the mission's time zone) */
                        date?: string;
                        /** @description An anchor event's code, e.g. D (the signature) */
                        anchor?: string;
                        /** @description Days after the anchor (D+90: 90) */
                        offsetDays?: number;
                    } | null;
                    /** @description The day by which work must start */
                    startBy?: {
                        /** @description A calendar day, YYYY-MM-DD (it ends at midnight in the mission's time zone) */
                        date?: string;
                        /** @description An anchor event's code, e.g. D (the signature) */
                        anchor?: string;
                        /** @description Days after the anchor (D+90: 90) */
                        offsetDays?: number;
                    } | null;
                    /**
                     * @description Complete within this many days of the start (needs startBy)
                     * @default null
                     */
                    completeWithinDays?: number | null;
                    /** @description A timetable's phases, in order, each with its own deadline */
                    phases?: {
                        key: string;
                        /** @default  */
                        titleEn?: string;
                        /** @default  */
                        titleAr?: string;
                        /** @description A date ({date}), or a number of days after a named anchor event ({anchor, offsetDays}) */
                        deadline: {
                            /** @description A calendar day, YYYY-MM-DD (it ends at midnight in the mission's time zone) */
                            date?: string;
                            /** @description An anchor event's code, e.g. D (the signature) */
                            anchor?: string;
                            /** @description Days after the anchor (D+90: 90) */
                            offsetDays?: number;
                        };
                    }[];
                    /**
                     * @description Commitments it waits for
                     * @default []
                     */
                    dependsOn?: string[];
                    /**
                     * @description E.g. a commission sub-committee
                     * @default
                     */
                    responsibleBody?: string;
                    /**
                     * @description Shown on the public scoreboard
                     * @default false
                     */
                    public?: boolean;
                    /**
                     * @description What created it (e.g. a joint-commission action item)
                     * @default null
                     */
                    source?: {
                        kind: string;
                        id: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description e.g. CMT-00012 */
                        reference: string;
                        /** @description The clause it implements */
                        provisionCode: string;
                        /** @enum {string} */
                        type: "withdrawal" | "departure_foreign_forces" | "exchange_detainees" | "exchange_remains" | "reopen_route" | "reopen_flights" | "demining" | "hotline" | "local_ceasefire_window" | "media_conduct" | "institutional" | "disarmament";
                        title: {
                            en: string;
                            ar: string;
                        };
                        description: {
                            en: string;
                            ar: string;
                        };
                        obligatedParties: string[];
                        beneficiaries: string;
                        target: {
                            quantity: number | null;
                            unit: string | null;
                            /** @description GeoJSON line or polygon, or null */
                            geometry: unknown;
                        } | null;
                        /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                        deadline: {
                            date?: string;
                            anchor?: string;
                            offsetDays?: number;
                        } | null;
                        /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                        startBy: {
                            date?: string;
                            anchor?: string;
                            offsetDays?: number;
                        } | null;
                        completeWithinDays: number | null;
                        phases: {
                            key: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                            deadline: {
                                date?: string;
                                anchor?: string;
                                offsetDays?: number;
                            };
                            /** @enum {string} */
                            status: "pending" | "met";
                        }[];
                        /** @description Ids of the commitments it waits for that you may read */
                        dependsOn: string[];
                        responsibleBody: string;
                        /** @enum {string} */
                        status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        statusReason: string | null;
                        /** @description The day work started (mission time zone) */
                        startedOn: string | null;
                        /**
                         * Format: date-time
                         * @description The earliest deadline still to be met
                         */
                        dueAt: string | null;
                        /**
                         * Format: date-time
                         * @description When the whole commitment is due
                         */
                        deadlineAt: string | null;
                        /** @description Whose deadline dueAt is: start, a phase, or null */
                        duePhase: string | null;
                        /** @description A party disputes the mission's account since the last status */
                        disputed: boolean;
                        public: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                        /** @description You read its obligations in full (your party's, or the mission's) */
                        full: boolean;
                        deadlines: {
                            /** @description null: completion; start; or a phase key */
                            of: string | null;
                            /** @description As written: D+90, or the date */
                            label: string;
                            day: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            dueAt: string | null;
                            met: boolean;
                        }[];
                        waitsFor: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description e.g. CMT-00012 */
                            reference: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            deadlineAt: string | null;
                        }[];
                        waitedForBy: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description e.g. CMT-00012 */
                            reference: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            deadlineAt: string | null;
                        }[];
                        observations: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            observedAt: string;
                            note: {
                                en: string;
                                ar: string;
                            };
                            /** @enum {string|null} */
                            showsStatus: "in_progress" | "partially_met" | "met" | "reversed" | null;
                            quantity: number | null;
                            phaseKey: string | null;
                            verificationLevel: string;
                            disputes: boolean;
                            /** @description The party of a party member who recorded it */
                            recordedParty: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            recordedAt: string;
                            /** @description The mission's readers only */
                            source?: string;
                            /** @description The mission's readers only */
                            evidenceIds?: string[];
                        }[];
                        breaches: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            incidentId: string;
                            reference: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            openedAt: string;
                        }[];
                        /** @description The statuses you may move it to now: exactly what the server would accept */
                        allowedStatuses: ("not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended")[];
                        /** @description You may record a progress observation */
                        mayObserve: boolean;
                        /** @description What created it; the mission's readers only */
                        source?: {
                            kind: string;
                            id: string;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCommitmentsIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The new status
                     * @enum {string}
                     */
                    status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                    /** @description Why */
                    reason: string;
                } | {
                    /** @description The phase of the timetable */
                    phaseKey: string;
                    /** @enum {string} */
                    phaseStatus: "pending" | "met";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @description e.g. CMT-00012 */
                        reference: string;
                        /** @description The clause it implements */
                        provisionCode: string;
                        /** @enum {string} */
                        type: "withdrawal" | "departure_foreign_forces" | "exchange_detainees" | "exchange_remains" | "reopen_route" | "reopen_flights" | "demining" | "hotline" | "local_ceasefire_window" | "media_conduct" | "institutional" | "disarmament";
                        title: {
                            en: string;
                            ar: string;
                        };
                        description: {
                            en: string;
                            ar: string;
                        };
                        obligatedParties: string[];
                        beneficiaries: string;
                        target: {
                            quantity: number | null;
                            unit: string | null;
                            /** @description GeoJSON line or polygon, or null */
                            geometry: unknown;
                        } | null;
                        /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                        deadline: {
                            date?: string;
                            anchor?: string;
                            offsetDays?: number;
                        } | null;
                        /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                        startBy: {
                            date?: string;
                            anchor?: string;
                            offsetDays?: number;
                        } | null;
                        completeWithinDays: number | null;
                        phases: {
                            key: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @description A date ({date}), or days after a named anchor event ({anchor, offsetDays}) */
                            deadline: {
                                date?: string;
                                anchor?: string;
                                offsetDays?: number;
                            };
                            /** @enum {string} */
                            status: "pending" | "met";
                        }[];
                        /** @description Ids of the commitments it waits for that you may read */
                        dependsOn: string[];
                        responsibleBody: string;
                        /** @enum {string} */
                        status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        statusChangedAt: string;
                        statusReason: string | null;
                        /** @description The day work started (mission time zone) */
                        startedOn: string | null;
                        /**
                         * Format: date-time
                         * @description The earliest deadline still to be met
                         */
                        dueAt: string | null;
                        /**
                         * Format: date-time
                         * @description When the whole commitment is due
                         */
                        deadlineAt: string | null;
                        /** @description Whose deadline dueAt is: start, a phase, or null */
                        duePhase: string | null;
                        /** @description A party disputes the mission's account since the last status */
                        disputed: boolean;
                        public: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        updatedAt: string;
                        /** @description You read its obligations in full (your party's, or the mission's) */
                        full: boolean;
                        deadlines: {
                            /** @description null: completion; start; or a phase key */
                            of: string | null;
                            /** @description As written: D+90, or the date */
                            label: string;
                            day: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            dueAt: string | null;
                            met: boolean;
                        }[];
                        waitsFor: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description e.g. CMT-00012 */
                            reference: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            deadlineAt: string | null;
                        }[];
                        waitedForBy: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @description e.g. CMT-00012 */
                            reference: string;
                            title: {
                                en: string;
                                ar: string;
                            };
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended";
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            deadlineAt: string | null;
                        }[];
                        observations: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            observedAt: string;
                            note: {
                                en: string;
                                ar: string;
                            };
                            /** @enum {string|null} */
                            showsStatus: "in_progress" | "partially_met" | "met" | "reversed" | null;
                            quantity: number | null;
                            phaseKey: string | null;
                            verificationLevel: string;
                            disputes: boolean;
                            /** @description The party of a party member who recorded it */
                            recordedParty: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            recordedAt: string;
                            /** @description The mission's readers only */
                            source?: string;
                            /** @description The mission's readers only */
                            evidenceIds?: string[];
                        }[];
                        breaches: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            incidentId: string;
                            reference: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            openedAt: string;
                        }[];
                        /** @description The statuses you may move it to now: exactly what the server would accept */
                        allowedStatuses: ("not_started" | "in_progress" | "partially_met" | "met" | "overdue" | "reversed" | "suspended")[];
                        /** @description You may record a progress observation */
                        mayObserve: boolean;
                        /** @description What created it; the mission's readers only */
                        source?: {
                            kind: string;
                            id: string;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCommitmentsIdObservations: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the client makes once per report; a retry with the same key returns the same report */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description When it was observed
                     */
                    observedAt: string;
                    /**
                     * @description What was seen, in English (this or noteAr)
                     * @default
                     */
                    noteEn?: string;
                    /**
                     * @description What was seen, in Arabic (this or noteEn)
                     * @default
                     */
                    noteAr?: string;
                    /**
                     * @default null
                     * @enum {string|null}
                     */
                    showsStatus?: "in_progress" | "partially_met" | "met" | "reversed" | null;
                    /**
                     * @description How much of the target
                     * @default null
                     */
                    quantity?: number | null;
                    /** @default null */
                    phaseKey?: string | null;
                    /**
                     * @description V0–V3, X, U (domain.md §5.3)
                     * @enum {string}
                     */
                    verificationLevel: "V0" | "V1" | "V2" | "V3" | "X" | "U";
                    /** @description Where the observation comes from (kept inside the mission) */
                    source: string;
                    /**
                     * @description Evidence items uploaded with a report
                     * @default []
                     */
                    evidenceIds?: string[];
                    /**
                     * @description A party's member: the party disputes this
                     * @default false
                     */
                    disputes?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        observedAt: string;
                        note: {
                            en: string;
                            ar: string;
                        };
                        /** @enum {string|null} */
                        showsStatus: "in_progress" | "partially_met" | "met" | "reversed" | null;
                        quantity: number | null;
                        phaseKey: string | null;
                        verificationLevel: string;
                        disputes: boolean;
                        /** @description The party of a party member who recorded it */
                        recordedParty: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        recordedAt: string;
                        /** @description The mission's readers only */
                        source?: string;
                        /** @description The mission's readers only */
                        evidenceIds?: string[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCommitmentsIdBreachIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        incidentId: string;
                        /** @description The incident's reference */
                        reference: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCommitmentAnchors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: {
                                en: string;
                                ar: string;
                            };
                            occurredOn: string | null;
                        }[];
                    };
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCommitmentAnchors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An anchor event's code, e.g. D (the signature) */
                    code: string;
                    /** @default  */
                    nameEn?: string;
                    /** @default  */
                    nameAr?: string;
                    /** @description The day it happened; null if not yet */
                    occurredOn: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: {
                            en: string;
                            ar: string;
                        };
                        occurredOn: string | null;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGeoLayers: {
        parameters: {
            query?: {
                /** @description Only the versions valid at this time */
                at?: string;
                kind?: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            /** @enum {string} */
                            kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            name: string;
                            nameAr: string | null;
                            /** @description A party code such as GNA or LNA */
                            party: string | null;
                            weaponClasses: string[];
                            description: string | null;
                            isDemo: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            versions: {
                                /**
                                 * Format: uuid
                                 * @description Record id (UUID)
                                 */
                                id: string;
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                                 */
                                validFrom: string;
                                /**
                                 * Format: date-time
                                 * @description null: valid until a later version or an end is set
                                 */
                                validTo: string | null;
                                /** @enum {string} */
                                status: "agreed" | "working" | "claimed";
                                /** @description A party code such as GNA or LNA */
                                claimedBy: string | null;
                                source: string | null;
                                /** @description A line of contact: the party on its left */
                                leftParty: string | null;
                                /** @description A line of contact: the party on its right */
                                rightParty: string | null;
                                /**
                                 * @description A withdrawal line: the side the weapons stay on
                                 * @enum {string|null}
                                 */
                                behindSide: "left" | "right" | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                                 */
                                createdAt: string;
                                /** @description Where to download this version as GeoJSON */
                                geojson: string;
                                /** @description Where to download this version as KML */
                                kml: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postGeoLayers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description What the layer is
                     * @enum {string}
                     */
                    kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                    /** @description Its name, e.g. 'Sirte–Jufra line' */
                    name: string;
                    /** @description Its Arabic name */
                    nameAr?: string;
                    /** @description Area of control: the party in control; withdrawal line or storage site: whose weapons */
                    party?: string;
                    /** @description Withdrawal line: the weapon classes it applies to, e.g. artillery_100mm_plus, mlrs */
                    weaponClasses?: string[];
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @enum {string} */
                        kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                        name: string;
                        nameAr: string | null;
                        /** @description A party code such as GNA or LNA */
                        party: string | null;
                        weaponClasses: string[];
                        description: string | null;
                        isDemo: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        versions: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            validFrom: string;
                            /**
                             * Format: date-time
                             * @description null: valid until a later version or an end is set
                             */
                            validTo: string | null;
                            /** @enum {string} */
                            status: "agreed" | "working" | "claimed";
                            /** @description A party code such as GNA or LNA */
                            claimedBy: string | null;
                            source: string | null;
                            /** @description A line of contact: the party on its left */
                            leftParty: string | null;
                            /** @description A line of contact: the party on its right */
                            rightParty: string | null;
                            /**
                             * @description A withdrawal line: the side the weapons stay on
                             * @enum {string|null}
                             */
                            behindSide: "left" | "right" | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /** @description Where to download this version as GeoJSON */
                            geojson: string;
                            /** @description Where to download this version as KML */
                            kml: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGeoLayersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        /** @enum {string} */
                        kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                        name: string;
                        nameAr: string | null;
                        /** @description A party code such as GNA or LNA */
                        party: string | null;
                        weaponClasses: string[];
                        description: string | null;
                        isDemo: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        versions: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            id: string;
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            validFrom: string;
                            /**
                             * Format: date-time
                             * @description null: valid until a later version or an end is set
                             */
                            validTo: string | null;
                            /** @enum {string} */
                            status: "agreed" | "working" | "claimed";
                            /** @description A party code such as GNA or LNA */
                            claimedBy: string | null;
                            source: string | null;
                            /** @description A line of contact: the party on its left */
                            leftParty: string | null;
                            /** @description A line of contact: the party on its right */
                            rightParty: string | null;
                            /**
                             * @description A withdrawal line: the side the weapons stay on
                             * @enum {string|null}
                             */
                            behindSide: "left" | "right" | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                             */
                            createdAt: string;
                            /** @description Where to download this version as GeoJSON */
                            geojson: string;
                            /** @description Where to download this version as KML */
                            kml: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postGeoLayersIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        validFrom: string;
                        /**
                         * Format: date-time
                         * @description null: valid until a later version or an end is set
                         */
                        validTo: string | null;
                        /** @enum {string} */
                        status: "agreed" | "working" | "claimed";
                        /** @description A party code such as GNA or LNA */
                        claimedBy: string | null;
                        source: string | null;
                        /** @description A line of contact: the party on its left */
                        leftParty: string | null;
                        /** @description A line of contact: the party on its right */
                        rightParty: string | null;
                        /**
                         * @description A withdrawal line: the side the weapons stay on
                         * @enum {string|null}
                         */
                        behindSide: "left" | "right" | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /** @description Where to download this version as GeoJSON */
                        geojson: string;
                        /** @description Where to download this version as KML */
                        kml: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postGeoLayersIdVersionsVEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description Version number */
                v: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description End of validity (exclusive)
                     */
                    validTo: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        id: string;
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        validFrom: string;
                        /**
                         * Format: date-time
                         * @description null: valid until a later version or an end is set
                         */
                        validTo: string | null;
                        /** @enum {string} */
                        status: "agreed" | "working" | "claimed";
                        /** @description A party code such as GNA or LNA */
                        claimedBy: string | null;
                        source: string | null;
                        /** @description A line of contact: the party on its left */
                        leftParty: string | null;
                        /** @description A line of contact: the party on its right */
                        rightParty: string | null;
                        /**
                         * @description A withdrawal line: the side the weapons stay on
                         * @enum {string|null}
                         */
                        behindSide: "left" | "right" | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant in UTC, e.g. 2020-01-14T21:00:00.000Z
                         */
                        createdAt: string;
                        /** @description Where to download this version as GeoJSON */
                        geojson: string;
                        /** @description Where to download this version as KML */
                        kml: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The record's state does not allow this now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system is in read-only mode */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGeoLayersIdVersionsFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description <version>.geojson or <version>.kml */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version as a GeoJSON Feature or a KML document, as a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": string;
                    "application/vnd.google-earth.kml+xml": string;
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such record, or not one this caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGeoEvaluate: {
        parameters: {
            query: {
                /** @description Latitude, WGS84 degrees */
                lat: number;
                /** @description Longitude, WGS84 degrees */
                lon: number;
                /** @description The time to evaluate at; now when absent */
                at?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The line that speaks for the mission (agreed > working > claimed, then nearest) */
                        lineOfContact: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            layerId: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            versionId: string;
                            name: string;
                            /**
                             * @description agreed by the parties, the mission's working line, or claimed by one party
                             * @enum {string}
                             */
                            status: "agreed" | "working" | "claimed";
                            /** @description A party code such as GNA or LNA */
                            claimedBy: string | null;
                            /** @description The party whose side the point is on; null on the line or when the line names none */
                            side: string | null;
                            /**
                             * @description Left or right of the line as drawn
                             * @enum {string}
                             */
                            position: "left" | "right" | "on_line";
                            /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                            distanceKm: number;
                        } | null;
                        /** @description Every line of contact valid at the time, nearest first */
                        linesOfContact: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            layerId: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            versionId: string;
                            name: string;
                            /**
                             * @description agreed by the parties, the mission's working line, or claimed by one party
                             * @enum {string}
                             */
                            status: "agreed" | "working" | "claimed";
                            /** @description A party code such as GNA or LNA */
                            claimedBy: string | null;
                            /** @description The party whose side the point is on; null on the line or when the line names none */
                            side: string | null;
                            /**
                             * @description Left or right of the line as drawn
                             * @enum {string}
                             */
                            position: "left" | "right" | "on_line";
                            /** @description Signed: + on the right (rightParty) side, − on the left (leftParty) side */
                            distanceKm: number;
                        }[];
                        zones: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            layerId: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            versionId: string;
                            name: string;
                            /** @enum {string} */
                            kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            /**
                             * @description agreed by the parties, the mission's working line, or claimed by one party
                             * @enum {string}
                             */
                            status: "agreed" | "working" | "claimed";
                            /** @description A party code such as GNA or LNA */
                            party: string | null;
                        }[];
                        /** @description The party whose area of control contains the point (agreed > working > claimed) */
                        areaOfControl: string | null;
                        /** @description Every area of control containing the point: more than one means a contested claim */
                        areasOfControl: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            layerId: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            versionId: string;
                            name: string;
                            /** @enum {string} */
                            kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                            /**
                             * @description agreed by the parties, the mission's working line, or claimed by one party
                             * @enum {string}
                             */
                            status: "agreed" | "working" | "claimed";
                            /** @description A party code such as GNA or LNA */
                            party: string | null;
                        }[];
                        withdrawalLines: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            layerId: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            versionId: string;
                            name: string;
                            /**
                             * @description agreed by the parties, the mission's working line, or claimed by one party
                             * @enum {string}
                             */
                            status: "agreed" | "working" | "claimed";
                            /** @description A party code such as GNA or LNA */
                            party: string | null;
                            weaponClasses: string[];
                            /** @enum {string} */
                            position: "behind" | "beyond" | "on_line";
                            distanceKm: number;
                        }[];
                        roads: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            layerId: string;
                            name: string;
                            distanceKm: number;
                        }[];
                        nearestPlaces: {
                            placeId: string;
                            name: string;
                            nameAr: string | null;
                            distanceKm: number;
                            /** @description From the place to the point, degrees clockwise from north */
                            bearing: number;
                            /** @description The bearing as a compass point, e.g. SSE */
                            compass: string;
                        }[];
                        /** @description "4 km SSE of Ain Zara" and its Arabic, from the nearest place; null without one */
                        description: {
                            en: string;
                            ar: string;
                        } | null;
                        district: {
                            id: string;
                            name: string;
                            nameAr: string | null;
                        } | null;
                        layerVersions: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            layerId: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            versionId: string;
                            name: string;
                            version: number;
                            /** @enum {string} */
                            kind: "line_of_contact" | "buffer_zone" | "disengagement_area" | "withdrawal_line" | "area_of_control" | "storage_site" | "road";
                        }[];
                        /**
                         * Format: date-time
                         * @description The instant evaluated against
                         */
                        at: string;
                    };
                };
            };
            /** @description The request is not valid (`validation_failed` and others) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not logged in, or the session or token has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This role or token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMapConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        basemap: {
                            /** @description Path of the PMTiles basemap on this server; null: the shipped one */
                            pmtiles: string | null;
                        };
                    };
                };
            };
            /** @description Too many requests (`rate_limited`, `account_locked`) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
