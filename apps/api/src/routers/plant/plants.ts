// The plant procedures of the plants group; one file per procedure beside this one.
import { bulkPlace } from './bulk-place.ts'
import { create } from './create-plant.ts'
import { harvest } from './harvest-plant.ts'
import { list } from './list-plants.ts'
import { move } from './move-plant.ts'
import { byAddress } from './plant-by-address.ts'
import { byTag } from './plant-by-tag.ts'
import { history } from './plant-history.ts'
import { updateStatus } from './update-plant-status.ts'

export const plantPlantsProcedures = {
  create,
  move,
  bulkPlace,
  byAddress,
  byTag,
  history,
  updateStatus,
  harvest,
  list,
}
