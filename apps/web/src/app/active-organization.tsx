// The organization every organization-scoped call is made for: the first membership, or the
// one chosen with the header's switcher (remembered on this device).
import { canPerform, type AccessArea } from '@growops/domain'
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react'
import { useCurrentUser } from '../features/auth/hooks/use-session.ts'
import type { CurrentUser, Role } from './trpc.ts'

const STORAGE_KEY = 'growops.organization'

type Membership = CurrentUser['memberships'][number]

export interface ActiveOrganization {
  organizationId: string
  organizationName: string
  role: Role
  memberships: readonly Membership[]
  select: (organizationId: string) => void
  /** Whether the role may change data in `area` (STAFF's limited access counts as no). */
  canWrite: (area: AccessArea) => boolean
}

const ActiveOrganizationContext = createContext<ActiveOrganization | null>(null)

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

function store(organizationId: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, organizationId)
  } catch {
    // Storage unavailable: the choice lasts for this visit.
  }
}

export function ActiveOrganizationProvider({ children }: { children: ReactNode }) {
  const { memberships } = useCurrentUser()
  const [chosen, setChosen] = useState<string | null>(readStored)
  const membership =
    memberships.find((candidate) => candidate.organizationId === chosen) ?? memberships[0]

  const select = useCallback((organizationId: string) => {
    store(organizationId)
    setChosen(organizationId)
  }, [])

  const value = useMemo<ActiveOrganization | null>(
    () =>
      membership
        ? {
            organizationId: membership.organizationId,
            organizationName: membership.organizationName,
            role: membership.role,
            memberships,
            select,
            canWrite: (area) => canPerform(membership.role, 'write', area),
          }
        : null,
    [membership, memberships, select],
  )
  return <ActiveOrganizationContext value={value}>{children}</ActiveOrganizationContext>
}

/** The active organization, or null for someone who belongs to none yet. */
export function useActiveOrganizationOrNull(): ActiveOrganization | null {
  return use(ActiveOrganizationContext)
}

/** The active organization, for pages that need one (render them under <RequireOrganization>). */
export function useActiveOrganization(): ActiveOrganization {
  const value = use(ActiveOrganizationContext)
  if (!value)
    throw new Error('useActiveOrganization needs a membership (use <RequireOrganization>).')
  return value
}
