// The building procedures of the hierarchy group; one file per procedure beside this one.
import { buildingCreate } from './create-building.ts'
import { buildingDelete } from './delete-building.ts'
import { buildingList } from './list-buildings.ts'
import { buildingUpdate } from './update-building.ts'

export const buildingHierarchyProcedures = {
  list: buildingList,
  create: buildingCreate,
  update: buildingUpdate,
  delete: buildingDelete,
}
