import type { ReactNode } from 'react'
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router'
import { safeNextPath, signInPathFor } from '../../../app/safe-redirect.ts'
import { useSessionQuery } from '../hooks/use-session.ts'

/** Protected routes: nobody signed in → /sign-in?next=<where they were going>. */
export function RequireAuth() {
  const location = useLocation()
  const { data } = useSessionQuery()
  if (!data) return <Navigate to={signInPathFor(location)} replace />
  return <Outlet />
}

/** /sign-in for someone already signed in → where they were going, or home. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const [searchParams] = useSearchParams()
  const { data } = useSessionQuery()
  if (data) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />
  return children
}
