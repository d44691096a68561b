/** Environment, alerts, announcements and shift notes of the dashboard (wired as the api lands). */
export function FloorPanels(_props: { propertyId: string }) {
  return null
}
