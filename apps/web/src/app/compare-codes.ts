/** Orders codes as people count: T2 before T10, RACK2 before RACK10. */
export function compareCodes(a: { code: string }, b: { code: string }): number {
  return a.code.localeCompare(b.code, 'en', { numeric: true })
}
