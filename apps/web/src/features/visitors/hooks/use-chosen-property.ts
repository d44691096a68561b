import { useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'

/** The organization's properties and the one chosen in `?property=` (default: the first). */
export function useChosenProperty() {
  const { organizationId } = useActiveOrganization()
  const [searchParams, setSearchParams] = useSearchParams()
  const properties = trpc.property.list.useQuery({ organizationId })
  const chosenId = searchParams.get('property')
  const property =
    properties.data?.find((item) => item.id === chosenId) ?? properties.data?.[0] ?? null
  function choose(propertyId: string) {
    setSearchParams(
      { ...Object.fromEntries(searchParams), property: propertyId },
      { replace: true },
    )
  }
  return { properties, property, choose }
}
