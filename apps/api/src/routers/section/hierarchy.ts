// The section procedures of the hierarchy group; one file per procedure beside this one.
import { sectionCreate } from './create-section.ts'
import { sectionDelete } from './delete-section.ts'
import { sectionList } from './list-sections.ts'
import { sectionUpdate } from './update-section.ts'

export const sectionHierarchyProcedures = {
  list: sectionList,
  create: sectionCreate,
  update: sectionUpdate,
  delete: sectionDelete,
}
