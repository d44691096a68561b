// Lazily loaded route module: the time clock loads only when visited.
import { TimePage } from './time-page.tsx'

export function Component() {
  return <TimePage />
}
