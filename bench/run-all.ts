// `npm run bench`: runs every benchmark and prints its figures.
import { runAddressingBench } from './addressing.bench.ts'
import { runAuditBench } from './audit.bench.ts'
import { runCollabBench } from './collab.bench.ts'
import { runCultivationBench } from './cultivation.bench.ts'
import { runLayoutPublishBench } from './layout-publish.bench.ts'
import { runSensorIngestBench } from './sensor-ingest.bench.ts'
import { runRealtimeFanoutBench } from './realtime-fanout.bench.ts'
import { runScanBench } from './scan.bench.ts'
import { runLaborReportBench } from './labor-report.bench.ts'

console.log(`GrowOps benchmarks — node ${process.version}, ${new Date().toISOString()}\n`)
console.log('# addressing (packages/domain)')
await runAddressingBench()
console.log('\n# audit trail (apps/api services, 100,000 entries on a scratch database)')
await runAuditBench()
console.log('\n# plants and positions (apps/api services, 100,000 positions on a scratch database)')
await runCultivationBench()
console.log(
  '\n# layout publish (apps/api services, 10,000-position snapshots on a scratch database)',
)
await runLayoutPublishBench()
console.log(
  '\n# collab server (apps/collab, 10,000-position layout documents on a scratch database)',
)
await runCollabBench()
console.log(
  '\n# realtime fan-out (apps/api Socket.IO, 1,000 websocket clients, alerts at 10/s for 10 s)',
)
await runRealtimeFanoutBench()
console.log(
  '\n# sensor ingest (POST /api/ingest/readings over HTTP, rules evaluated, scratch database)',
)
await runSensorIngestBench()
console.log('\n# /scan on a phone (web build: route JS gzip; scan e2e timings)')
await runScanBench()
console.log(
  '\n# labor report (apps/api service, a year of entries for 200 people on a scratch database)',
)
await runLaborReportBench()
