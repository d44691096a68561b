import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors/domain-error.ts'
import {
  assertBatchStageChange,
  batchAcceptsPlants,
  BatchStageSchema,
  canChangeBatchStage,
  nextBatchStages,
  type BatchStage,
} from './batch-lifecycle.ts'
import { CreateBatchInputSchema } from './batches.schema.ts'

const STAGES = BatchStageSchema.options

describe('batch lifecycle', () => {
  it.each<{ from: BatchStage; next: BatchStage[] }>([
    { from: 'PROPAGATION', next: ['VEGETATIVE', 'DESTROYED'] },
    { from: 'VEGETATIVE', next: ['FLOWERING', 'DESTROYED'] },
    { from: 'FLOWERING', next: ['HARVESTED', 'DESTROYED'] },
    { from: 'HARVESTED', next: ['DRYING', 'DESTROYED'] },
    { from: 'DRYING', next: ['CURING', 'DESTROYED'] },
    { from: 'CURING', next: ['FINISHED', 'DESTROYED'] },
    { from: 'FINISHED', next: [] },
    { from: 'DESTROYED', next: [] },
  ])('[BATCH1][BATCH2] $from may go to $next', ({ from, next }) => {
    expect(nextBatchStages(from)).toEqual(next)
  })

  it('[BATCH1] refuses skipping, going back and staying, naming from and to', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), fc.constantFrom(...STAGES), (from, to) => {
        const allowed = canChangeBatchStage(from, to)
        const forward = STAGES.indexOf(to) === STAGES.indexOf(from) + 1 && to !== 'DESTROYED'
        const destroy = to === 'DESTROYED' && from !== 'FINISHED' && from !== 'DESTROYED'
        expect(allowed).toBe(forward || destroy)
        if (allowed) return
        try {
          assertBatchStageChange(from, to)
          expect.unreachable()
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError)
          expect((error as DomainError).code).toBe('BATCH.INVALID_STAGE_CHANGE')
          expect((error as DomainError).details).toMatchObject({ from, to })
        }
      }),
    )
  })

  it.each<{ stage: BatchStage; accepts: boolean }>(
    STAGES.map((stage) => ({
      stage,
      accepts: ['PROPAGATION', 'VEGETATIVE', 'FLOWERING'].includes(stage),
    })),
  )('[BATCH3] a $stage batch accepts new plants: $accepts', ({ stage, accepts }) => {
    expect(batchAcceptsPlants(stage)).toBe(accepts)
  })

  it('[BATCH3] a batch starts growing, PROPAGATION unless told', () => {
    const base = { propertyId: '00000000-0000-4000-8000-000000000000', name: ' B1 ', strain: 'X' }
    expect(CreateBatchInputSchema.parse(base)).toMatchObject({ name: 'B1', stage: 'PROPAGATION' })
    expect(CreateBatchInputSchema.safeParse({ ...base, stage: 'VEGETATIVE' }).success).toBe(true)
    expect(CreateBatchInputSchema.safeParse({ ...base, stage: 'DRYING' }).success).toBe(false)
  })

  it.each([
    { name: '', ok: false },
    { name: '   ', ok: false },
    { name: 'x'.repeat(81), ok: false },
    { name: 'B-2026-014 Blue Dream', ok: true },
    { name: 'bad\u0000name', ok: false },
  ])('[BATCH4] batch name "$name" is accepted: $ok', ({ name, ok }) => {
    const result = CreateBatchInputSchema.safeParse({
      propertyId: '00000000-0000-4000-8000-000000000000',
      name,
      strain: 'Blue Dream',
    })
    expect(result.success).toBe(ok)
  })
})
