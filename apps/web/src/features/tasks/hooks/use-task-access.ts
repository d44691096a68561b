import { useActiveOrganization } from '../../../app/active-organization.tsx'

/**
 * What the screens offer: managers (FULL on cultivation ops) everything; staff (LIMITED) their
 * own tasks; read roles look. The api decides; this only hides what would be refused.
 */
export function useTaskAccess() {
  const { role, canWrite } = useActiveOrganization()
  const isManager = canWrite('CULTIVATION_OPS')
  return {
    isManager,
    isStaff: role === 'STAFF',
    canCreate: isManager || role === 'STAFF',
  }
}
