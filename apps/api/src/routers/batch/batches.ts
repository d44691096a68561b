// The batch procedures of the batches group; one file per procedure beside this one.
import { assign } from './assign-batch.ts'
import { changeStage } from './change-batch-stage.ts'
import { create } from './create-batch.ts'
import { get } from './get-batch.ts'
import { list } from './list-batches.ts'
import { unassign } from './unassign-batch.ts'
import { batchYieldProcedure } from '../weight/batch-yield.ts'
import { batchInputCostProcedure } from './batch-input-cost.ts'

export const batchBatchesProcedures = {
  create,
  list,
  get,
  changeStage,
  assign,
  unassign,
  yield: batchYieldProcedure,
  inputCost: batchInputCostProcedure,
}
