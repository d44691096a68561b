import { createBrowserRouter, type RouteObject } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { RedirectIfSignedIn, RequireAuth } from '../features/auth/components/auth-guards.tsx'
import { SessionGate } from '../features/auth/components/session-gate.tsx'
import { SignInPage } from '../features/auth/sign-in-page.tsx'
import { AppShell } from '../features/shell/components/app-shell.tsx'
import { RequireOrganization } from '../features/shell/components/require-organization.tsx'
import { NotFoundPage } from '../features/shell/not-found-page.tsx'
import { RouteErrorPage } from '../features/shell/route-error-page.tsx'
import { loadAreaTranslations, type LazyArea } from '../locales/area-translations.ts'
import type * as DocumentsRoute from '../features/compliance/documents-route.tsx'

// Pages load on demand, so that a phone opening /scan downloads only the shell and the
// scanner (the budget for that route is 250 KB gzip).

/** A page's module together with the texts of the areas it shows. */
function withTexts<T>(areas: readonly LazyArea[], load: () => Promise<T>): () => Promise<T> {
  return async () => {
    const [module] = await Promise.all([load(), loadAreaTranslations(areas)])
    return module
  }
}

const page = {
  // The dashboard shows the documents waiting for the person's acknowledgement, and its alerts
  // and shift notes can each become a task.
  dashboard: withTexts(['compliance', 'tasks'], async () => ({
    Component: (await import('../features/dashboard/dashboard-page.tsx')).DashboardPage,
  })),
  facility: withTexts(['layout'], async () => ({
    Component: (await import('../features/facility/facility-page.tsx')).FacilityPage,
  })),
  room: async () => ({ Component: (await import('../features/rooms/room-page.tsx')).RoomPage }),
  announcements: async () => ({
    Component: (await import('../features/announcements/announcements-page.tsx')).AnnouncementsPage,
  }),
  // Alerts and shift notes can each become a task.
  shiftNotes: withTexts(['tasks'], async () => ({
    Component: (await import('../features/shift-notes/shift-notes-page.tsx')).ShiftNotesPage,
  })),
  alerts: withTexts(['tasks'], async () => ({
    Component: (await import('../features/alerts/alerts-page.tsx')).AlertsPage,
  })),
  sensors: async () => ({
    Component: (await import('../features/sensors/sensors-page.tsx')).SensorsPage,
  }),
}

type CompliancePage = keyof typeof DocumentsRoute
const compliancePage = (name: CompliancePage) =>
  withTexts(['compliance'], async () => ({
    Component: (await import('../features/compliance/documents-route.tsx'))[name],
  }))

export const routes: RouteObject[] = [
  {
    path: '/',
    // Waits for `auth.me` (loading and unreachable-api states live here).
    element: <SessionGate />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: 'sign-in',
        element: (
          <RedirectIfSignedIn>
            <SignInPage />
          </RedirectIfSignedIn>
        ),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, lazy: page.dashboard },
              {
                element: <RequireOrganization />,
                children: [
                  { path: 'facility', lazy: page.facility },
                  { path: 'rooms/:roomId', lazy: page.room },
                  // Label sheets and the floor plan load `qrcode` only when visited.
                  { path: 'labels', lazy: () => import('../features/labels/labels-route.tsx') },
                  {
                    path: 'rooms/:roomId/plan',
                    lazy: () => import('../features/labels/room-plan-route.tsx'),
                  },
                  // Where a scanned label opens: /q/<version>/<kind>/<value>.
                  {
                    path: 'q/:version/:kind/:value',
                    lazy: () => import('../features/qr-links/qr-link-route.tsx'),
                  },
                  { path: 'announcements/:announcementId?', lazy: page.announcements },
                  { path: 'shift-notes/:shiftNoteId?', lazy: page.shiftNotes },
                  { path: 'alerts/:alertId?', lazy: page.alerts },
                  // Time clock (phone) and labor pages (entries, reports, wage rates).
                  {
                    path: 'time',
                    lazy: withTexts(['labor'], () => import('../features/labor/time-route.tsx')),
                  },
                  {
                    path: 'labor/:tab?',
                    lazy: withTexts(['labor'], () => import('../features/labor/labor-route.tsx')),
                  },
                  // Tasks: Today, all tasks, templates, and one task (one chunk for both).
                  {
                    path: 'tasks',
                    lazy: withTexts(['tasks'], async () => ({
                      Component: (await import('../features/tasks/tasks-route.tsx')).TasksRoute,
                    })),
                  },
                  {
                    path: 'tasks/:taskId',
                    lazy: withTexts(['tasks'], async () => ({
                      Component: (await import('../features/tasks/tasks-route.tsx')).TaskRoute,
                    })),
                  },
                  {
                    path: 'inventory',
                    lazy: withTexts(
                      ['inventory'],
                      () => import('../features/inventory/list-route.tsx'),
                    ),
                  },
                  {
                    path: 'inventory/costs',
                    lazy: withTexts(
                      ['inventory'],
                      () => import('../features/inventory/costs-route.tsx'),
                    ),
                  },
                  {
                    path: 'inventory/:itemId',
                    lazy: withTexts(
                      ['inventory'],
                      () => import('../features/inventory/item-route.tsx'),
                    ),
                  },
                  { path: 'sensors', lazy: page.sensors },
                  {
                    path: 'visitors',
                    lazy: withTexts(
                      ['visitors'],
                      () => import('../features/visitors/visitors-route.tsx'),
                    ),
                  },
                  {
                    path: 'visitors/:visitId',
                    lazy: withTexts(
                      ['visitors'],
                      () => import('../features/visitors/visit-route.tsx'),
                    ),
                  },
                  {
                    path: 'visitors/badge/:badgeCode',
                    lazy: withTexts(
                      ['visitors'],
                      () => import('../features/visitors/visit-route.tsx'),
                    ),
                  },
                  {
                    path: 'evacuation',
                    lazy: withTexts(
                      ['visitors'],
                      () => import('../features/visitors/evacuation-route.tsx'),
                    ),
                  },
                  // Compliance documents: one chunk for the list, a document and the forms.
                  {
                    path: 'documents',
                    children: [
                      { index: true, lazy: compliancePage('DocumentsPage') },
                      { path: 'new', lazy: compliancePage('NewDocumentPage') },
                      { path: ':documentId', lazy: compliancePage('DocumentPage') },
                      {
                        path: ':documentId/versions/:versionId/edit',
                        lazy: compliancePage('EditDraftPage'),
                      },
                    ],
                  },
                  // The phone scanner: its own small chunk (the camera decoder loads on start).
                  { path: 'scan', lazy: () => import('../features/scan/scan-route.tsx') },
                  // A batch's yield and weighings (phone first).
                  { path: 'harvest', lazy: () => import('../features/weights/weights-route.tsx') },
                  // tldraw is large: the canvas loads only when this route is visited.
                  {
                    path: 'layout/:propertyId',
                    lazy: withTexts(
                      ['layout', 'layoutCollab'],
                      () => import('../features/layout/layout-route.tsx'),
                    ),
                  },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // The lobby kiosk: no member session (its device token is the credential), no app shell.
  {
    path: '/kiosk',
    errorElement: <RouteErrorPage />,
    lazy: withTexts(['kiosk', 'visitors'], () => import('../features/kiosk/kiosk-route.tsx')),
  },
]

const router = createBrowserRouter(routes)

export function AppRouter() {
  return <RouterProvider router={router} />
}
