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
      {
        path: 'notifications',
        element: (
          <RequireRole roles={['focal_point', 'secretariat', 'admin']}>
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
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
