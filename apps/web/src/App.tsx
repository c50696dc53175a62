import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireRole } from './auth/RequireRole.tsx';
import { Layout } from './components/Layout.tsx';

const Dashboard = lazy(() => import('./pages/Dashboard.tsx'));
const Statements = lazy(() => import('./pages/Statements.tsx'));
const StatementDetail = lazy(() => import('./pages/StatementDetail.tsx'));
const Meetings = lazy(() => import('./pages/Meetings.tsx'));
const MeetingDetail = lazy(() => import('./pages/MeetingDetail.tsx'));
const Documents = lazy(() => import('./pages/Documents.tsx'));
const DocumentDetail = lazy(() => import('./pages/DocumentDetail.tsx'));
const Events = lazy(() => import('./pages/Events.tsx'));
const EventDetail = lazy(() => import('./pages/EventDetail.tsx'));
const Initiatives = lazy(() => import('./pages/Initiatives.tsx'));
const InitiativeDetail = lazy(() => import('./pages/InitiativeDetail.tsx'));
const Countries = lazy(() => import('./pages/Countries.tsx'));
const CountryDetail = lazy(() => import('./pages/CountryDetail.tsx'));
const Login = lazy(() => import('./pages/Login.tsx'));
const ReportForm = lazy(() => import('./pages/ReportForm.tsx'));
const MyReports = lazy(() => import('./pages/MyReports.tsx'));
const Review = lazy(() => import('./pages/Review.tsx'));
const NotFound = lazy(() => import('./pages/NotFound.tsx'));
const ImplementationReport = lazy(() => import('./pages/ImplementationReport.tsx'));
const Notifications = lazy(() => import('./pages/Notifications.tsx'));
const Subscriptions = lazy(() => import('./pages/Subscriptions.tsx'));
const TextsToReview = lazy(() => import('./pages/texts/TextsToReview.tsx'));
const AddText = lazy(() => import('./pages/texts/AddText.tsx'));
const DraftReview = lazy(() => import('./pages/texts/DraftReview.tsx'));
const Compare = lazy(() => import('./pages/texts/Compare.tsx'));
const Entities = lazy(() => import('./pages/texts/Entities.tsx'));
const ProjectList = lazy(() => import('./pages/investment/ProjectList.tsx'));
const ProjectDetail = lazy(() => import('./pages/investment/ProjectDetail.tsx'));
const ProjectForm = lazy(() => import('./pages/investment/ProjectForm.tsx'));
const MyListings = lazy(() => import('./pages/investment/MyListings.tsx'));
const Moderation = lazy(() => import('./pages/investment/Moderation.tsx'));
const ExchangeRates = lazy(() => import('./pages/investment/ExchangeRates.tsx'));
const ProfileList = lazy(() => import('./pages/investment/ProfileList.tsx'));
const ProfileDetail = lazy(() => import('./pages/investment/ProfileDetail.tsx'));
const ProfileForm = lazy(() => import('./pages/investment/ProfileForm.tsx'));
const InterestsPage = lazy(() => import('./pages/investment/InterestsPage.tsx'));
const ForumList = lazy(() => import('./pages/investment/ForumList.tsx'));
const ForumDetail = lazy(() => import('./pages/investment/ForumDetail.tsx'));
const IncentiveList = lazy(() => import('./pages/investment/IncentiveList.tsx'));
const IncentiveDetail = lazy(() => import('./pages/investment/IncentiveDetail.tsx'));
const ParkList = lazy(() => import('./pages/investment/ParkList.tsx'));
const ParkDetail = lazy(() => import('./pages/investment/ParkDetail.tsx'));
const IncentiveForm = lazy(() => import('./pages/investment/IncentiveForm.tsx'));
const ParkForm = lazy(() => import('./pages/investment/ParkForm.tsx'));
const SavedSearches = lazy(() => import('./pages/investment/SavedSearches.tsx'));
const FreightOverview = lazy(() => import('./pages/freight/FreightOverview.tsx'));
const NetworkPage = lazy(() => import('./pages/freight/NetworkPage.tsx'));
const NodeDetail = lazy(() => import('./pages/freight/NodeDetail.tsx'));
const LinkDetail = lazy(() => import('./pages/freight/LinkDetail.tsx'));
const LinkForm = lazy(() => import('./pages/freight/LinkForm.tsx'));
const NodeForm = lazy(() => import('./pages/freight/NodeForm.tsx'));
const ServicesPage = lazy(() => import('./pages/freight/ServicesPage.tsx'));
const PlanRoute = lazy(() => import('./pages/freight/PlanRoute.tsx'));
const ShipmentList = lazy(() => import('./pages/freight/ShipmentList.tsx'));
const BookShipment = lazy(() => import('./pages/freight/BookShipment.tsx'));
const ShipmentDetail = lazy(() => import('./pages/freight/ShipmentDetail.tsx'));
const FreightDocument = lazy(() => import('./pages/freight/FreightDocument.tsx'));
const CarrierLegs = lazy(() => import('./pages/freight/CarrierLegs.tsx'));
const BorderDwell = lazy(() => import('./pages/freight/BorderDwell.tsx'));
const InspectShipment = lazy(() => import('./pages/freight/InspectShipment.tsx'));
const VerifySignature = lazy(() => import('./pages/freight/VerifySignature.tsx'));

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Dashboard /> },
      { path: 'statements', element: <Statements /> },
      { path: 'statements/:id', element: <StatementDetail /> },
      { path: 'meetings', element: <Meetings /> },
      { path: 'meetings/:id', element: <MeetingDetail /> },
      { path: 'documents', element: <Documents /> },
      { path: 'documents/:id', element: <DocumentDetail /> },
      { path: 'events', element: <Events /> },
      { path: 'events/:id', element: <EventDetail /> },
      { path: 'initiatives', element: <Initiatives /> },
      { path: 'initiatives/:id', element: <InitiativeDetail /> },
      { path: 'countries', element: <Countries /> },
      { path: 'countries/:code', element: <CountryDetail /> },
      { path: 'report', element: <ImplementationReport /> },
      { path: 'login', element: <Login /> },
      {
        path: 'reports/new',
        element: (
          <RequireRole roles={['focal_point']}>
            <ReportForm />
          </RequireRole>
        ),
      },
      {
        path: 'reports/:id/edit',
        element: (
          <RequireRole roles={['focal_point']}>
            <ReportForm />
          </RequireRole>
        ),
      },
      {
        path: 'my/reports',
        element: (
          <RequireRole roles={['focal_point']}>
            <MyReports />
          </RequireRole>
        ),
      },
      {
        path: 'review',
        element: (
          <RequireRole roles={['secretariat', 'admin']}>
            <Review />
          </RequireRole>
        ),
      },
      {
        path: 'texts/review',
        element: (
          <RequireRole roles={['secretariat', 'admin']}>
            <TextsToReview />
          </RequireRole>
        ),
      },
      {
        path: 'texts/review/:id',
        element: (
          <RequireRole roles={['secretariat', 'admin']}>
            <DraftReview />
          </RequireRole>
        ),
      },
      {
        path: 'texts/new',
        element: (
          <RequireRole roles={['secretariat', 'admin']}>
            <AddText />
          </RequireRole>
        ),
      },
      {
        path: 'entities',
        element: (
          <RequireRole roles={['secretariat', 'admin']}>
            <Entities />
          </RequireRole>
        ),
      },
      { path: 'compare', element: <Compare /> },
      { path: 'investment/projects', element: <ProjectList /> },
      {
        path: 'investment/projects/new',
        element: (
          <RequireRole roles={['business', 'focal_point', 'secretariat', 'admin']}>
            <ProjectForm />
          </RequireRole>
        ),
      },
      { path: 'investment/projects/:id', element: <ProjectDetail /> },
      {
        path: 'investment/projects/:id/edit',
        element: (
          <RequireRole roles={['business', 'focal_point', 'secretariat', 'admin']}>
            <ProjectForm />
          </RequireRole>
        ),
      },
      {
        path: 'investment/mine',
        element: (
          <RequireRole roles={['business']}>
            <MyListings />
          </RequireRole>
        ),
      },
      {
        path: 'investment/moderation',
        element: (
          <RequireRole roles={['focal_point', 'secretariat', 'admin']}>
            <Moderation />
          </RequireRole>
        ),
      },
      { path: 'investment/rates', element: <ExchangeRates /> },
      { path: 'investment/profiles', element: <ProfileList /> },
      {
        path: 'investment/profiles/new',
        element: (
          <RequireRole roles={['business']}>
            <ProfileForm />
          </RequireRole>
        ),
      },
      { path: 'investment/profiles/:id', element: <ProfileDetail /> },
      {
        path: 'investment/interests',
        element: (
          <RequireRole roles={['business', 'focal_point', 'secretariat', 'admin']}>
            <InterestsPage />
          </RequireRole>
        ),
      },
      { path: 'investment/forums', element: <ForumList /> },
      { path: 'investment/forums/:id', element: <ForumDetail /> },
      { path: 'investment/incentives', element: <IncentiveList /> },
      {
        path: 'investment/incentives/new',
        element: (
          <RequireRole roles={['secretariat', 'admin']}>
            <IncentiveForm />
          </RequireRole>
        ),
      },
      { path: 'investment/incentives/:id', element: <IncentiveDetail /> },
      {
        path: 'investment/incentives/:id/edit',
        element: (
          <RequireRole roles={['secretariat', 'admin']}>
            <IncentiveForm />
          </RequireRole>
        ),
      },
      { path: 'investment/parks', element: <ParkList /> },
      {
        path: 'investment/parks/new',
        element: (
          <RequireRole roles={['secretariat', 'admin']}>
            <ParkForm />
          </RequireRole>
        ),
      },
      { path: 'investment/parks/:id', element: <ParkDetail /> },
      {
        path: 'investment/parks/:id/edit',
        element: (
          <RequireRole roles={['secretariat', 'admin']}>
            <ParkForm />
          </RequireRole>
        ),
      },
      {
        path: 'investment/saved-searches',
        element: (
          <RequireRole roles={['business', 'focal_point', 'secretariat', 'admin']}>
            <SavedSearches />
          </RequireRole>
        ),
      },
      {
        path: 'investment/profiles/:id/edit',
        element: (
          <RequireRole roles={['business', 'secretariat', 'admin']}>
            <ProfileForm />
          </RequireRole>
        ),
      },
      {
        path: 'notifications',
        element: (
          <RequireRole roles={['focal_point', 'secretariat', 'admin', 'business', 'forwarder', 'shipper', 'carrier']}>
            <Notifications />
          </RequireRole>
        ),
      },
      {
        path: 'subscriptions',
        element: (
          <RequireRole roles={['focal_point', 'secretariat', 'admin']}>
            <Subscriptions />
          </RequireRole>
        ),
      },
      { path: 'freight', element: <FreightOverview /> },
      { path: 'freight/plan', element: <PlanRoute /> },
      { path: 'freight/network', element: <NetworkPage /> },
      { path: 'freight/nodes/:id', element: <NodeDetail /> },
      { path: 'freight/links/:id', element: <LinkDetail /> },
      { path: 'freight/services', element: <ServicesPage /> },
      { path: 'freight/borders', element: <BorderDwell /> },
      { path: 'freight/inspect/:token', element: <InspectShipment /> },
      { path: 'freight/verify', element: <VerifySignature /> },
      {
        path: 'freight/nodes/:id/edit',
        element: (
          <RequireRole roles={['secretariat', 'admin', 'carrier']}>
            <NodeForm />
          </RequireRole>
        ),
      },
      {
        path: 'freight/links/new',
        element: (
          <RequireRole roles={['secretariat', 'admin', 'carrier']}>
            <LinkForm />
          </RequireRole>
        ),
      },
      {
        path: 'freight/links/:id/edit',
        element: (
          <RequireRole roles={['secretariat', 'admin', 'carrier']}>
            <LinkForm />
          </RequireRole>
        ),
      },
      {
        path: 'freight/shipments',
        element: (
          <RequireRole roles={['forwarder', 'shipper', 'carrier', 'secretariat', 'admin']}>
            <ShipmentList />
          </RequireRole>
        ),
      },
      {
        path: 'freight/shipments/new',
        element: (
          <RequireRole roles={['forwarder', 'shipper']}>
            <BookShipment />
          </RequireRole>
        ),
      },
      {
        path: 'freight/shipments/:id',
        element: (
          <RequireRole roles={['forwarder', 'shipper', 'carrier', 'secretariat', 'admin']}>
            <ShipmentDetail />
          </RequireRole>
        ),
      },
      {
        path: 'freight/documents/:id',
        element: (
          <RequireRole roles={['forwarder', 'shipper', 'carrier', 'secretariat', 'admin']}>
            <FreightDocument />
          </RequireRole>
        ),
      },
      {
        path: 'freight/legs',
        element: (
          <RequireRole roles={['carrier']}>
            <CarrierLegs />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
