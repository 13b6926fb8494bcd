/** Every page of the workspace, who may open it, and what it shows, as React Router's routes. */
import { Suspense, type ComponentType, type ReactNode } from "react";
import { Navigate, useParams, type RouteObject } from "react-router";
import type { User } from "../api/types.js";
import { IncidentPage } from "../pages/IncidentPage.js";
import { IncidentsPage } from "../pages/IncidentsPage.js";
import { NewReportPage } from "../pages/NewReportPage.js";
import { NotAllowedPage, NotFoundPage } from "../pages/RefusedPages.js";
import { AdminPage } from "../pages/admin/AdminPage.js";
import { TeamsPage } from "../pages/admin/TeamsPage.js";
import { MissionSettingsPage } from "../pages/admin/MissionSettingsPage.js";
import { WebhooksPage } from "../pages/admin/WebhooksPage.js";
import { AuditPage } from "../pages/audit/AuditPage.js";
import { SigningPage } from "../pages/audit/SigningPage.js";
import { AgreementsAdminPage } from "../pages/agreements/AgreementsAdminPage.js";
import { PartiesPage } from "../pages/agreements/PartiesPage.js";
import { DelegationsPage } from "../pages/agreements/DelegationsPage.js";
import { CommissionPage } from "../pages/commission/CommissionPage.js";
import { MeetingPage } from "../pages/commission/MeetingPage.js";
import { ReportPage } from "../pages/ReportPage.js";
import { AmendReportPage } from "../pages/AmendReportPage.js";
import { ReportsPage } from "../pages/ReportsPage.js";
import { AccountPage } from "../pages/account/AccountPage.js";
import { InboxPage } from "../pages/inbox/InboxPage.js";
import { DashboardPage } from "../pages/DashboardPage.js";
import { SearchPage } from "../pages/SearchPage.js";
import { DraftPage } from "../pages/releases/DraftPage.js";
import { ReleasePage } from "../pages/releases/ReleasePage.js";
import { ReleasesPage } from "../pages/releases/ReleasesPage.js";
import { TasksPage } from "../pages/tasks/TasksPage.js";
import { EnforcementPage } from "../pages/enforcement/EnforcementPage.js";
import { CommitmentsPage } from "../pages/commitments/CommitmentsPage.js";
import { CommitmentPage } from "../pages/commitments/CommitmentPage.js";
import { NewCommitmentPage } from "../pages/commitments/NewCommitmentPage.js";
import { EditCommitmentPage } from "../pages/commitments/EditCommitmentPage.js";
import { GeoLayersPage } from "../pages/geo-layers/GeoLayersPage.js";
import { LayerPage } from "../pages/geo-layers/LayerPage.js";
import { GazetteerPage } from "../pages/gazetteer/GazetteerPage.js";
import { OpenDataPage } from "../pages/open-data/OpenDataPage.js";
import { ProductPage } from "../pages/products/ProductPage.js";
import { ProductsPage } from "../pages/products/ProductsPage.js";
import { useUser } from "../session.js";
import { Loading } from "../ui/notices.js";
import { IncidentMap } from "../pages/map/load-incident-map.js";
import { preloadable } from "../ui/preloadable.js";
import { can } from "../vocabulary.js";

const MapPage = preloadable(() => import("../pages/MapPage.js"));
// Opened straight on the map (a bookmark): fetch its code, and the map's, while the session is
// being checked.
if (window.location.pathname === "/map") {
  void MapPage.preload();
  void IncidentMap.preload();
}

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

export const canSearch = (user: User) => can.readReports(user) || can.readIncidents(user);

const everyone = () => true;

function GoHome() {
  return <Navigate to={homeFor(useUser())} replace />;
}

/** A page that exists but is not for every role: another role is told so. */
function Only({ allowed, children }: { allowed: (user: User) => boolean; children: ReactNode }) {
  return allowed(useUser()) ? children : <NotAllowedPage />;
}

/** A record's page; moving to another record starts the page afresh. */
function RecordPage({ page: Page }: { page: ComponentType<{ id: string }> }) {
  const { id } = useParams();
  return <Page id={id!} key={id} />;
}

function page(path: string, allowed: (user: User) => boolean, element: ReactNode): RouteObject {
  // Case-sensitive as the server's API paths are: "/Incidents" is no page.
  return { path, caseSensitive: true, element: <Only allowed={allowed}>{element}</Only> };
}

/** The workspace's pages, below the shell; the most specific path matches. */
export const workspaceRoutes: RouteObject[] = [
  { index: true, element: <GoHome /> },
  { path: "login", caseSensitive: true, element: <GoHome /> },
  // Where a logged-in user lands after following an enrolment link (App shows WelcomePage).
  { path: "welcome", caseSensitive: true, element: <GoHome /> },
  page("account", everyone, <AccountPage />),
  page("inbox", everyone, <InboxPage />),
  page("tasks", can.haveTasks, <TasksPage />),
  page("dashboard", can.readIncidents, <DashboardPage />),
  page("search", canSearch, <SearchPage />),
  page("reports", can.readReports, <ReportsPage />),
  page("reports/new", can.fileReports, <NewReportPage />),
  page("reports/:id/amend", can.readReports, <RecordPage page={AmendReportPage} />),
  page("reports/:id", can.readReports, <RecordPage page={ReportPage} />),
  page("incidents", can.readIncidents, <IncidentsPage />),
  page("incidents/:id", can.readIncidents, <RecordPage page={IncidentPage} />),
  page("releases/drafts/:id", can.readIncidents, <RecordPage page={DraftPage} />),
  page("releases", can.readIncidents, <ReleasesPage />),
  page("enforcement", can.readEnforcement, <EnforcementPage />),
  page("releases/:id", can.readIncidents, <RecordPage page={ReleasePage} />),
  page(
    "map",
    can.readIncidents,
    <Suspense fallback={<Loading />}>
      <MapPage />
    </Suspense>,
  ),
  page("geo-layers", can.editGeoLayers, <GeoLayersPage />),
  page("geo-layers/:id", can.editGeoLayers, <RecordPage page={LayerPage} />),
  page("gazetteer", can.editGazetteer, <GazetteerPage />),
  page("open-data", can.importOpenData, <OpenDataPage />),
  page("audit", can.readAuditLog, <AuditPage />),
  page("signing", can.readSigning, <SigningPage />),
  page("admin", can.administer, <AdminPage />),
  page("admin/agreements", can.editAgreements, <AgreementsAdminPage />),
  page("admin/parties", can.administer, <PartiesPage />),
  page("delegations", can.readDelegations, <DelegationsPage />),
  page("commission", can.readCommission, <CommissionPage />),
  page("commission/:id", can.readCommission, <RecordPage page={MeetingPage} />),
  page("commitments", can.readCommitments, <CommitmentsPage />),
  page("commitments/new", can.editCommitments, <NewCommitmentPage />),
  page("commitments/:id", can.readCommitments, <RecordPage page={CommitmentPage} />),
  page("commitments/:id/edit", can.editCommitments, <RecordPage page={EditCommitmentPage} />),
  // Report products (decision 0022)
  page("products", can.readProducts, <ProductsPage />),
  page("products/:id", can.readProducts, <RecordPage page={ProductPage} />),
  page("admin/teams", can.administer, <TeamsPage />),
  page("admin/mission", can.administer, <MissionSettingsPage />),
  page("admin/webhooks", can.administer, <WebhooksPage />),
  { path: "*", element: <NotFoundPage /> },
];
