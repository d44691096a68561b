// The property procedures of the hierarchy group; one file per procedure beside this one.
import { propertyCreate } from './create-property.ts'
import { propertyDelete } from './delete-property.ts'
import { propertyList } from './list-properties.ts'
import { propertyFull } from './property-tree.ts'
import { propertyUpdate } from './update-property.ts'

export const propertyHierarchyProcedures = {
  list: propertyList,
  create: propertyCreate,
  update: propertyUpdate,
  delete: propertyDelete,
  full: propertyFull,
}
