/**
 * Cleans what a person typed or a scanner produced before strict parsing:
 * trims, upper-cases and drops whitespace around dots
 * (`" main . grow1.veg-a "` → `"MAIN.GROW1.VEG-A"`). Whitespace inside a
 * segment is kept so that the parser can point at it.
 */
export function normalizeAddressInput(input: string): string {
  // Split and trim rather than a /\s*\.\s*/ regex, which backtracks
  // quadratically on long runs of spaces.
  return input
    .toUpperCase()
    .split('.')
    .map((segment) => segment.trim())
    .join('.')
}
