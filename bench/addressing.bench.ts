// Address parsing and formatting, and grid generation: these run on every scan and every
// layout publish, so they must stay far below a millisecond.
import {
  formatPositionAddress,
  generateSectionAddresses,
  normalizeAddressInput,
  parsePositionAddress,
} from '@growops/domain'
import { measure, printTiming } from './lib.ts'

const addresses = Array.from({ length: 10_000 }, (_, index) =>
  index % 2 === 0
    ? `MAIN.GROW1.FLOWER-A.T${(index % 12) + 1}.R${(index % 4) + 1}.C${(index % 10) + 1}.P1`
    : `MAIN.DRY.DRY-A.RACK${(index % 2) + 1}.L${(index % 4) + 1}.H${(index % 20) + 1}.P1`,
)
const parsed = addresses.map((address) => parsePositionAddress(address))

export async function runAddressingBench(): Promise<void> {
  printTiming(
    'parsePositionAddress',
    await measure(100_000, (index) =>
      parsePositionAddress(addresses[index % addresses.length] ?? ''),
    ),
  )
  printTiming(
    'formatPositionAddress',
    await measure(100_000, (index) => {
      const address = parsed[index % parsed.length]
      return address && formatPositionAddress(address)
    }),
  )
  printTiming(
    'normalizeAddressInput + parse (scanned text)',
    await measure(100_000, (index) =>
      parsePositionAddress(
        normalizeAddressInput(` ${(addresses[index % addresses.length] ?? '').toLowerCase()} `),
      ),
    ),
  )
  const codes = { property: 'MAIN', building: 'GROW1', room: 'FLOWER-A', section: 'T1' }
  printTiming(
    'generateSectionAddresses 200×200 (40,000 positions)',
    await measure(
      10,
      () => generateSectionAddresses(codes, 'TABLE', { rows: 200, columns: 200 }),
      2,
    ),
  )
}
