import { createBrowserRouter, type RouteObject } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { RedirectIfSignedIn, RequireAuth } from '../features/auth/components/auth-guards.tsx'
import { AlertsPage } from '../features/alerts/alerts-page.tsx'
import { AnnouncementsPage } from '../features/announcements/announcements-page.tsx'
import { SessionGate } from '../features/auth/components/session-gate.tsx'
import { SensorsPage } from '../features/sensors/sensors-page.tsx'
import { ShiftNotesPage } from '../features/shift-notes/shift-notes-page.tsx'
import { SignInPage } from '../features/auth/sign-in-page.tsx'
import { DashboardPage } from '../features/dashboard/dashboard-page.tsx'
import { FacilityPage } from '../features/facility/facility-page.tsx'
import { RoomPage } from '../features/rooms/room-page.tsx'
import { AppShell } from '../features/shell/components/app-shell.tsx'
import { RequireOrganization } from '../features/shell/components/require-organization.tsx'
import { NotFoundPage } from '../features/shell/not-found-page.tsx'
import { RouteErrorPage } from '../features/shell/route-error-page.tsx'

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
              { index: true, element: <DashboardPage /> },
              {
                element: <RequireOrganization />,
                children: [
                  { path: 'facility', element: <FacilityPage /> },
                  { path: 'rooms/:roomId', element: <RoomPage /> },
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
                  { path: 'announcements/:announcementId?', element: <AnnouncementsPage /> },
                  { path: 'shift-notes/:shiftNoteId?', element: <ShiftNotesPage /> },
                  { path: 'alerts/:alertId?', element: <AlertsPage /> },
                  { path: 'sensors', element: <SensorsPage /> },
                  // The phone scanner: its own small chunk (the camera decoder loads on start).
                  { path: 'scan', lazy: () => import('../features/scan/scan-route.tsx') },
                  // tldraw is large: the canvas loads only when this route is visited.
                  {
                    path: 'layout/:propertyId',
                    lazy: () => import('../features/layout/layout-route.tsx'),
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
]

const router = createBrowserRouter(routes)

export function AppRouter() {
  return <RouterProvider router={router} />
}
