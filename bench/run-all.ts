// `npm run bench`: runs every benchmark and prints its figures.
import { runAddressingBench } from './addressing.bench.ts'

console.log(`GrowOps benchmarks — node ${process.version}, ${new Date().toISOString()}\n`)
console.log('# addressing (packages/domain)')
await runAddressingBench()
