/** The workspace around every page: header, navigation, connection state, and the routes. */
import { PartyShort } from "../ui/display.js";
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../api/types.js";
import { useOutbox } from "../outbox/OutboxProvider.js";
import { IncidentPage } from "../pages/IncidentPage.js";
import { IncidentsPage } from "../pages/IncidentsPage.js";
import { NewReportPage } from "../pages/NewReportPage.js";
import { NotAllowedPage, NotFoundPage } from "../pages/RefusedPages.js";
import { AdminPage } from "../pages/admin/AdminPage.js";
import { AuditPage } from "../pages/audit/AuditPage.js";
import { ReportPage } from "../pages/ReportPage.js";
import { AmendReportPage } from "../pages/AmendReportPage.js";
import { ReportsPage } from "../pages/ReportsPage.js";
import { AccountPage } from "../pages/account/AccountPage.js";
import { DashboardPage } from "../pages/DashboardPage.js";
import { SearchPage } from "../pages/SearchPage.js";
import { DraftPage } from "../pages/releases/DraftPage.js";
import { ReleasePage } from "../pages/releases/ReleasePage.js";
import { ReleasesPage } from "../pages/releases/ReleasesPage.js";
import { TasksPage } from "../pages/tasks/TasksPage.js";
import { GeoLayersPage } from "../pages/geo-layers/GeoLayersPage.js";
import { LayerPage } from "../pages/geo-layers/LayerPage.js";
import { useOpenTaskCount } from "../pages/tasks/use-open-tasks.js";
import { Link, matchPath, navigate, useLocation } from "../router.js";
import { useSession } from "../session.js";
import { ErrorNotice, Loading } from "../ui/notices.js";
import { PageBoundary } from "../ui/PageBoundary.js";
import { can } from "../vocabulary.js";
import { LanguageSwitch } from "./LanguageSwitch.js";
import { SearchBox } from "./SearchBox.js";

const loadMapPage = () => import("../pages/MapPage.js");
// Opened straight on the map (a bookmark): fetch its code while the session is being checked.
if (window.location.pathname === "/map") void loadMapPage();
const MapPage = lazy(loadMapPage);

function homeFor(user: User): string {
  // The mission's case roles land on the dashboard.
  if (can.seeInternalFields(user)) return "/dashboard";
  if (can.readReports(user)) return "/reports";
  if (can.readIncidents(user)) return "/incidents";
  if (can.readAuditLog(user)) return "/audit";
  if (can.administer(user)) return "/admin";
  // Every role has its work above; a role added later still lands on a real page.
  return "/account";
}

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

const canSearch = (user: User) => can.readReports(user) || can.readIncidents(user);

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

interface Route {
  pattern: string;
  allowed: (user: User) => boolean;
  page: (params: Record<string, string>) => ReactNode;
}

const everyone = () => true;

const mapPage = () => (
  <Suspense fallback={<Loading />}>
    <MapPage />
  </Suspense>
);

/** Every page of the workspace, who may open it, and what it shows. First match wins. */
const ROUTES: Route[] = [
  { pattern: "/account", allowed: everyone, page: () => <AccountPage /> },
  { pattern: "/tasks", allowed: can.haveTasks, page: () => <TasksPage /> },
  { pattern: "/dashboard", allowed: can.readIncidents, page: () => <DashboardPage /> },
  { pattern: "/search", allowed: canSearch, page: () => <SearchPage /> },
  { pattern: "/reports", allowed: can.readReports, page: () => <ReportsPage /> },
  { pattern: "/reports/new", allowed: can.fileReports, page: () => <NewReportPage /> },
  {
    pattern: "/reports/:id/amend",
    allowed: can.readReports,
    page: ({ id }) => <AmendReportPage id={id!} key={id} />,
  },
  {
    pattern: "/reports/:id",
    allowed: can.readReports,
    page: ({ id }) => <ReportPage id={id!} key={id} />,
  },
  { pattern: "/incidents", allowed: can.readIncidents, page: () => <IncidentsPage /> },
  {
    pattern: "/incidents/:id",
    allowed: can.readIncidents,
    page: ({ id }) => <IncidentPage id={id!} key={id} />,
  },
  {
    pattern: "/releases/drafts/:id",
    allowed: can.readIncidents,
    page: ({ id }) => <DraftPage id={id!} key={id} />,
  },
  { pattern: "/releases", allowed: can.readIncidents, page: () => <ReleasesPage /> },
  {
    pattern: "/releases/:id",
    allowed: can.readIncidents,
    page: ({ id }) => <ReleasePage id={id!} key={id} />,
  },
  { pattern: "/map", allowed: can.readIncidents, page: mapPage },
  { pattern: "/geo-layers", allowed: can.editGeoLayers, page: () => <GeoLayersPage /> },
  {
    pattern: "/geo-layers/:id",
    allowed: can.editGeoLayers,
    page: ({ id }) => <LayerPage id={id!} key={id} />,
  },
  { pattern: "/audit", allowed: can.readAuditLog, page: () => <AuditPage /> },
  { pattern: "/admin", allowed: can.administer, page: () => <AdminPage /> },
];

function Routes({ user }: { user: User }) {
  const { path } = useLocation();
  if (path === "/" || path === "/login") return <Redirect to={homeFor(user)} />;
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    return route.allowed(user) ? route.page(params) : <NotAllowedPage />;
  }
  return <NotFoundPage />;
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

export function Shell({ user, offline }: { user: User; offline: boolean }) {
  const { t } = useTranslation();
  const { logout } = useSession();
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
          <span className="brand-name">{t("app.name")}</span>
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
              {can.editGeoLayers(user) && <NavItem to="/geo-layers" label={t("geoLayers.nav")} />}
              {(user.role === "liaison" || user.role === "commission") && (
                <NavItem to="/releases" label={t("releases.nav")} />
              )}
              {can.readAuditLog(user) && <NavItem to="/audit" label={t("audit.nav")} />}
              {can.administer(user) && <NavItem to="/admin" label={t("admin.nav")} />}
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
          <Routes user={user} />
        </PageBoundary>
      </main>
    </div>
  );
}
