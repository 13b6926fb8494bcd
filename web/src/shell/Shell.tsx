/** The workspace around every page: header, navigation, connection state, and the page. */
import { PartyShort } from "../ui/display.js";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import type { User } from "../api/types.js";
import { missionName, useMission } from "../mission/MissionProvider.js";
import { useOutbox } from "../outbox/OutboxProvider.js";
import { useOpenTaskCount } from "../pages/tasks/use-open-tasks.js";
import { useUnreadCount } from "../pages/inbox/use-unread.js";
import { Link, navigate, useLocation } from "../router.js";
import { useSession } from "../session.js";
import { ErrorNotice } from "../ui/notices.js";
import { PageBoundary } from "../ui/PageBoundary.js";
import { useLang } from "../ui/use-lang.js";
import { can } from "../vocabulary.js";
import { LanguageSwitch } from "./LanguageSwitch.js";
import { canSearch } from "./routes.js";
import { SearchBox } from "./SearchBox.js";

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener("online", on);
    window.addEventListener("offline", off);
    return () => {
      window.removeEventListener("online", on);
      window.removeEventListener("offline", off);
    };
  }, []);
  return online;
}

const TRIAGE_QUEUE = "/reports?status=received";

function NavItem({
  to,
  label,
  badge,
  badgeLabel,
}: {
  to: string;
  label: string;
  badge?: string;
  /** What the badge's number means, for a screen reader. */
  badgeLabel?: string;
}) {
  const { path, href } = useLocation();
  const current =
    to === TRIAGE_QUEUE
      ? href === to
      : to === "/reports"
        ? path === to && href !== TRIAGE_QUEUE
        : // The users page is /admin; the teams, agreements and parties pages below it have their own items.
          to === "/admin"
          ? path === to
          : path === to || path.startsWith(`${to}/`);
  return (
    <li>
      <Link to={to} aria-current={current ? "page" : undefined}>
        {label}
        {badge && (
          <span className="nav-badge" aria-hidden={badgeLabel ? true : undefined}>
            {badge}
          </span>
        )}
        {badge && badgeLabel && <span className="visually-hidden"> {badgeLabel}</span>}
      </Link>
    </li>
  );
}

/** A bell drawn in the page (no emoji font is needed). */
function BellIcon() {
  return (
    <svg className="bell-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm-2.4 15.5a2.5 2.5 0 0 0 4.8 0Z"
        fill="currentColor"
      />
    </svg>
  );
}

export function Shell({ user, offline }: { user: User; offline: boolean }) {
  const { t } = useTranslation();
  const { logout } = useSession();
  const mission = useMission();
  const lang = useLang();
  const { path } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  // Moving to another page closes the phone menu.
  useEffect(() => setMenuOpen(false), [path]);
  const outbox = useOutbox();
  const online = useOnline();
  const [logoutError, setLogoutError] = useState<unknown>(null);
  const [leaving, setLeaving] = useState(false);
  const waiting = outbox.items.length;
  const openTasks = useOpenTaskCount(can.haveTasks(user));
  const unread = useUnreadCount();

  const reportsLabel =
    user.role === "liaison"
      ? t("nav.ourComplaints")
      : user.role === "monitor"
        ? t("nav.myReports")
        : t("nav.reports");
  const newLabel = user.role === "liaison" ? t("nav.newComplaint") : t("nav.newReport");

  const onLogout = async () => {
    if (waiting > 0 && !window.confirm(t("outbox.logoutWarning", { count: waiting }))) return;
    setLeaving(true);
    setLogoutError(null);
    try {
      await logout();
      navigate("/", { replace: true });
    } catch (err) {
      setLogoutError(err);
    } finally {
      setLeaving(false);
    }
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className={menuOpen ? "app-header menu-open" : "app-header"}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-text">
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-mission">{missionName(mission, lang)}</span>
          </span>
        </div>
        {/* On a phone the navigation, search and account fold behind one button. */}
        <button
          type="button"
          className="button header-button menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="header-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {menuOpen ? t("nav.closeMenu") : t("nav.menu")}
          {/* What waits behind it: reports in the outbox and open tasks. */}
          {waiting + (openTasks ?? 0) > 0 && (
            <span className="nav-badge">{waiting + (openTasks ?? 0)}</span>
          )}
        </button>
        <div id="header-menu" className="header-menu">
          <nav aria-label={t("nav.label")} className="main-nav">
            <ul>
              {can.haveTasks(user) && (
                <NavItem
                  to="/tasks"
                  label={t("tasks.nav")}
                  badge={openTasks ? String(openTasks) : undefined}
                  badgeLabel={t("tasks.navBadge", { count: openTasks ?? 0 })}
                />
              )}
              {can.readIncidents(user) && <NavItem to="/dashboard" label={t("dashboard.title")} />}
              {can.readReports(user) && <NavItem to="/reports" label={reportsLabel} />}
              {can.triage(user) && <NavItem to={TRIAGE_QUEUE} label={t("nav.triageQueue")} />}
              {can.fileReports(user) && (
                <NavItem
                  to="/reports/new"
                  label={newLabel}
                  badge={waiting > 0 ? String(waiting) : undefined}
                />
              )}
              {can.readIncidents(user) && <NavItem to="/incidents" label={t("nav.incidents")} />}
              {can.readIncidents(user) && <NavItem to="/map" label={t("nav.map")} />}
              {(user.role === "liaison" || user.role === "commission") && (
                <NavItem to="/releases" label={t("releases.nav")} />
              )}
              {can.readProducts(user) && <NavItem to="/products" label={t("products.nav")} />}
              {/* The agreement at work: notices, commitments, the joint commission. */}
              {can.readEnforcement(user) && (
                <NavItem to="/enforcement" label={t("enforcement.nav")} />
              )}
              {can.readCommitments(user) && (
                <NavItem to="/commitments" label={t("commitments.nav")} />
              )}
              {can.readCommission(user) && <NavItem to="/commission" label={t("commission.nav")} />}
              {/* The administrator reads and sets them on the parties page. */}
              {can.readDelegations(user) && !can.administer(user) && (
                <NavItem to="/delegations" label={t("delegations.nav")} />
              )}
              {can.editAgreements(user) && !can.administer(user) && (
                <NavItem to="/admin/agreements" label={t("agreementsAdmin.nav")} />
              )}
              {/* Reference data, then oversight. */}
              {can.editGeoLayers(user) && <NavItem to="/geo-layers" label={t("geoLayers.nav")} />}
              {can.editGazetteer(user) && <NavItem to="/gazetteer" label={t("gazetteer.nav")} />}
              {can.importOpenData(user) && <NavItem to="/open-data" label={t("openData.nav")} />}
              {can.readAuditLog(user) && <NavItem to="/audit" label={t("audit.nav")} />}
              {can.readSigning(user) && <NavItem to="/signing" label={t("signing.nav")} />}
              {can.administer(user) && <NavItem to="/admin" label={t("admin.nav")} />}
              {can.editAgreements(user) && can.administer(user) && (
                <NavItem to="/admin/agreements" label={t("agreementsAdmin.nav")} />
              )}
              {can.administer(user) && (
                <NavItem to="/admin/parties" label={t("partiesAdmin.nav")} />
              )}
              {can.administer(user) && <NavItem to="/admin/teams" label={t("teams.nav")} />}
              {can.administer(user) && (
                <NavItem to="/admin/mission" label={t("missionSettings.nav")} />
              )}
              {can.administer(user) && <NavItem to="/admin/webhooks" label={t("webhooks.nav")} />}
            </ul>
          </nav>
          {canSearch(user) && <SearchBox id="shell-search" />}
          <div className="user-box">
            <span className="user-name">
              <bdi>{user.username}</bdi>
              <span className="user-role">
                {t(`user.roles.${user.role}`)}
                {user.party && (
                  <>
                    {" · "}
                    <PartyShort code={user.party} />
                  </>
                )}
              </span>
            </span>
            <Link
              to="/inbox"
              className="button header-button bell"
              aria-current={path === "/inbox" ? "page" : undefined}
            >
              <BellIcon />
              <span className="visually-hidden">{t("notifications.bell")}</span>
              {unread ? (
                <>
                  <span className="nav-badge" aria-hidden="true">
                    {unread}
                  </span>
                  <span className="visually-hidden">
                    {" "}
                    {t("notifications.bellUnread", { count: unread })}
                  </span>
                </>
              ) : null}
            </Link>
            <Link
              to="/account"
              className="button header-button"
              aria-current={path === "/account" ? "page" : undefined}
            >
              {t("nav.account")}
            </Link>
            <LanguageSwitch />
            <button
              type="button"
              className="button header-button"
              onClick={() => void onLogout()}
              disabled={leaving}
            >
              {leaving ? t("user.loggingOut") : t("user.logout")}
            </button>
          </div>
        </div>
      </header>
      {(!online || offline) && (
        <p className="banner banner-offline" role="status">
          {offline ? t("network.cachedSession", { username: user.username }) : t("network.offline")}
        </p>
      )}
      {logoutError !== null && (
        <div className="page">
          <ErrorNotice error={logoutError} />
        </div>
      )}
      <main id="main" className="page" tabIndex={-1}>
        <PageBoundary path={path}>
          <Outlet />
        </PageBoundary>
      </main>
    </div>
  );
}
